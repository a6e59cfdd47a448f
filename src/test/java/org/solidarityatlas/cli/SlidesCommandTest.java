package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failures of {@code atlas slides} that a user can cause, each one line; the drawing is tested in ui.present. */
class SlidesCommandTest {

    @TempDir
    Path dir;

    @Test
    void unknownStoryIsOneLineNamingTheStoriesThereAre() {
        AtlasRun run = AtlasRun.atlas("slides", "--db", dir.resolve("db").toString(), "--story", "nope",
                "--out", dir.resolve("slides").toString());
        assertEquals(1, run.exitCode(), run::toString);
        String last = run.errLines().get(run.errLines().size() - 1);
        assertEquals("atlas: no story 'nope'; the dataset has: ue-fat-alliance-history", last, run::toString);
        assertTrue(Files.notExists(dir.resolve("slides")));
    }

    @Test
    void slidesOntoAFileIsOneClearLine() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        AtlasRun run = AtlasRun.atlas("slides", "--db", dir.resolve("db").toString(), "--out", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("it is not a directory"), run::toString);
    }
}

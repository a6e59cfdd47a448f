package org.solidarityatlas.ui.stories;

import org.solidarityatlas.testing.StoryFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.StoryStep;

class StorySaverTest {

    @TempDir
    Path dir;

    private StoryDocument copyOfRiverTowns(Path file) throws IOException {
        Files.copy(StoryFixtures.path("river-towns.json"), file);
        return new StoryDocument(new DatasetReader().read(file).dataset().orElseThrow(), Optional.of(file));
    }

    @Test
    void savedEditsReadBackAndEverythingElseStaysTheSame() throws IOException {
        Path file = dir.resolve("river.json");
        StoryDocument document = copyOfRiverTowns(file);
        Dataset before = document.dataset();
        EditHistory history = new EditHistory();
        history.run(new MoveStep(document, "river", 2, 0));
        history.run(new EditStepText(document, "river", 1, "Early days", "Before anything.", null));

        assertEquals(Optional.empty(), new StorySaver().save(document, history, file));

        ReadResult reread = new DatasetReader().read(file);
        assertTrue(reread.isValid(), () -> reread.problems().toString());
        Dataset after = reread.dataset().orElseThrow();
        assertEquals(List.of("New members", "Early days", "The alliance forms"),
                after.stories().get(0).steps().stream().map(StoryStep::title).toList());
        assertEquals(before.entities(), after.entities());
        assertEquals(before.relationships(), after.relationships());
        assertEquals(before.sources(), after.sources());
        assertEquals(document.dataset(), after);
        assertFalse(history.modifiedProperty().get());
    }

    @Test
    void failedSaveSaysSoInOneLineAndKeepsTheOldFile() throws IOException {
        Path file = dir.resolve("river.json");
        StoryDocument document = copyOfRiverTowns(file);
        String original = Files.readString(file);
        EditHistory history = new EditHistory();
        history.run(new DeleteStep(document, "river", 0));
        // A directory where the file's temporary sibling or target should be makes the write fail.
        Path blocked = dir.resolve("not-a-file");
        Files.createDirectories(blocked.resolve("child"));

        Optional<String> failure = new StorySaver().save(document, history, blocked);

        assertTrue(failure.isPresent());
        assertFalse(failure.get().contains("\n"));
        assertTrue(failure.get().contains("not-a-file"), failure.get());
        assertTrue(failure.get().endsWith("the file on disk is unchanged."));
        assertTrue(Files.isDirectory(blocked.resolve("child")));
        assertEquals(original, Files.readString(file));
        assertTrue(history.modifiedProperty().get());
        assertEquals(2, document.requireStory("river").steps().size());
    }

    @Test
    void saveFailingForWantOfSpaceNamesTheFullDisk() {
        Path file = Path.of("/media/usb/atlas/river.json");

        String failure = StorySaver.failure(file,
                new FileSystemException("/media/usb/atlas/.river.json.tmp", null, "No space left on device"));

        assertEquals("Could not save /media/usb/atlas/river.json (the disk holding /media/usb/atlas is full); the"
                + " file on disk is unchanged.", failure);
    }
}

package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.bare;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtlasCommandTest {

    @TempDir
    Path temporary;

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "export", "query"})
    void everyCommandHasHelp(String command) {
        AtlasRun run = atlas(command, "--help");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Usage: atlas " + command), run.out());
        assertEquals("", run.err());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        AtlasRun run = atlas("--help");

        assertEquals(0, run.exitCode(), run.toString());
        for (String command : List.of("validate", "import", "export", "query")) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " missing from\n" + run.out());
        }
    }

    @Test
    void versionNamesTheProduct() {
        AtlasRun run = atlas("--version");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Solidarity Atlas "), run.out());
        assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorInOneLine() {
        AtlasRun run = atlas("--frobnicate");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("atlas: Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void misspelledOptionGetsASuggestion() {
        AtlasRun run = atlas("query", "--jsn", "RETURN 1");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains("did you mean --json?"), run.err());
    }

    @Test
    void explorerOnAMissingFileIsOneClearLine() {
        Path missing = temporary.resolve("missing.json");

        AtlasRun run = atlas("--db", temporary.resolve("db").toString(), missing.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("atlas: no such file: " + missing), run.errLines());
    }

    @Test
    void bareCommandLineKeepsTheSameExitCodes() {
        assertEquals(0, bare("validate", fixture("small.json").toString()).exitCode());
        assertEquals(1, bare("validate", fixture("broken.json").toString()).exitCode());
        assertEquals(2, bare("validate").exitCode());
    }

    @Test
    void dataDirectoryGivenBeforeTheCommandIsTheOneItUses() {
        Path db = temporary.resolve("given-first");
        String file = fixture("alliance.json").toString();

        AtlasRun run = atlas("--db", db.toString(), "import", file);

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("imported " + file + " into " + db + " — 6 entities, 5 relationships, 1936–2023"),
                run.outLines());
        AtlasRun exported = atlas("--db", db.toString(), "export", "--format", "json", "--out",
                temporary.resolve("out.json").toString());
        assertTrue(exported.out().contains("6 entities, 5 relationships"), exported.toString());
    }
}

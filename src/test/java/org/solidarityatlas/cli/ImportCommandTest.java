package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.testing.Neo4jStore;

class ImportCommandTest {

    @TempDir
    Path temporary;

    @RegisterExtension
    final Neo4jStore neo4j = Neo4jStore.forCommands();

    private Path db() {
        return neo4j.directory();
    }

    private Dataset stored() {
        return neo4j.storedDataset();
    }

    @Test
    void importLoadsTheDatasetAndSaysWhatItLoaded() {
        String file = fixture("alliance.json").toString();

        AtlasRun run = atlas("import", file, "--db", db().toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("imported " + file + " into " + db() + " — 6 entities, 5 relationships, 1936–2023"),
                run.outLines());
        Dataset stored = stored();
        assertEquals("Alliance test dataset", stored.title());
        assertEquals(6, stored.entities().size());
        assertEquals(5, stored.relationships().size());
    }

    @Test
    void importReplacesThePreviousDataset() {
        atlas("import", fixture("alliance.json").toString(), "--db", db().toString());

        AtlasRun run = atlas("import", fixture("small.json").toString(), "--db", db().toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("Small test dataset", stored().title());
        assertEquals(2, stored().entities().size());
    }

    @Test
    void importOfInvalidFileKeepsPreviousDataset() {
        atlas("import", fixture("alliance.json").toString(), "--db", db().toString());
        String broken = fixture("broken.json").toString();

        AtlasRun run = atlas("import", broken, "--db", db().toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("", run.out());
        List<String> lines = run.errLines();
        assertTrue(lines.get(0).startsWith(broken + ":6:60: error: "), run.toString());
        assertEquals("atlas: " + broken + " was not imported (2 errors); the stored dataset is unchanged",
                lines.get(lines.size() - 1));
        Dataset stored = stored();
        assertEquals("Alliance test dataset", stored.title());
        assertEquals(6, stored.entities().size());
        assertEquals(5, stored.relationships().size());
    }

    @Test
    void importOfInvalidFileDoesNotCreateTheDataDirectory() {
        AtlasRun run = atlas("import", fixture("broken.json").toString(), "--db", db().toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertFalse(Files.exists(db()));
    }

    @Test
    void dataDirectoryThatIsAFileIsOneClearLine() throws Exception {
        Path notADirectory = Files.writeString(temporary.resolve("plain-file"), "not a database");

        AtlasRun run = atlas("import", fixture("small.json").toString(), "--db", notADirectory.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("atlas: the data directory " + notADirectory + " is not a directory"), run.errLines());
    }

    @Test
    void dataDirectoryInUseByAnotherProcessIsOneClearLine() {
        atlas("import", fixture("small.json").toString(), "--db", db().toString());
        try (GraphStore window = Neo4jGraphStore.open(db())) {

            AtlasRun run = atlas("import", fixture("alliance.json").toString(), "--db", db().toString());

            assertEquals(1, run.exitCode(), run.toString());
            assertEquals(1, run.errLines().size(), run.toString());
            assertTrue(run.err().startsWith("atlas: the data directory is in use by another Solidarity Atlas process"),
                    run.err());
            assertEquals("Small test dataset", window.dataset().orElseThrow().title());
        }
    }
}

package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.files.SmallFileSystem;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.testing.Neo4jStore;

/**
 * {@code atlas import} keeps 64 MB free on the data directory's disk (the database's page cache must still reach
 * the disk when it closes): below that it refuses in one line, exit status 1, the stored dataset as it was.
 */
class ImportReserveCommandTest {

    private static final String RESERVE_PROPERTY = "atlas.importReserveBytes";
    private static final long MEGABYTE = 1L << 20;

    @RegisterExtension
    final Neo4jStore neo4j = Neo4jStore.forCommands();

    @AfterEach
    void forgetTheReserve() {
        System.clearProperty(RESERVE_PROPERTY);
    }

    private static String fullDisk(Path directory) {
        return "atlas: the disk holding " + directory + " is full; nothing was changed";
    }

    @Test
    void importIsRefusedInOneLineWhenTheDiskHasLessFreeThanTheReserve() {
        Path db = neo4j.directory();
        assertEquals(0, atlas("import", fixture("alliance.json").toString(), "--db", db.toString()).exitCode());
        // More than any disk has free.
        System.setProperty(RESERVE_PROPERTY, Long.toString(Long.MAX_VALUE));

        AtlasRun run = atlas("import", fixture("small.json").toString(), "--db", db.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals(List.of(fullDisk(db)), run.errLines());
        assertEquals("Alliance test dataset", neo4j.storedDataset().title());
    }

    @Test
    void importIsRefusedOnASmallDiskWithFortyEightMegabytesFree(@TempDir Path folder) throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mountIn(folder)) {
            Path db = disk.root().resolve("db");
            assertEquals(0, atlas("import", fixture("alliance.json").toString(), "--db", db.toString()).exitCode());
            disk.fillUntilFree(48 * MEGABYTE);

            AtlasRun run = atlas("import", fixture("small.json").toString(), "--db", db.toString());

            assertEquals(1, run.exitCode(), run.toString());
            assertEquals(List.of(fullDisk(db)), run.errLines());
            try (GraphStore store = Neo4jGraphStore.open(db)) {
                assertEquals("Alliance test dataset", store.dataset().orElseThrow().title());
            }
        }
    }

    @Test
    void importGoesThroughOnASmallDiskWithEightyMegabytesFree(@TempDir Path folder) throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mountIn(folder)) {
            Path db = disk.root().resolve("db");
            assertEquals(0, atlas("import", fixture("alliance.json").toString(), "--db", db.toString()).exitCode());
            Path filler = disk.fillUntilFree(80 * MEGABYTE);
            // The first import must have left more than 80 MB, or this would not test what it says.
            assertTrue(Files.size(filler) > 0, "nothing was filled");

            AtlasRun run = atlas("import", fixture("small.json").toString(), "--db", db.toString());

            assertEquals(0, run.exitCode(), run.toString());
            try (GraphStore store = Neo4jGraphStore.open(db)) {
                assertEquals("Small test dataset", store.dataset().orElseThrow().title());
            }
        }
    }
}

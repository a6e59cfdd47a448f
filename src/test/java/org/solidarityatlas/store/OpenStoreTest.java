package org.solidarityatlas.store;

import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, reopening and sharing a data directory. */
class OpenStoreTest {

    @TempDir
    Path directory;

    @Test
    void newStoreIsEmpty() {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            assertTrue(store.isEmpty());
            assertEquals(Optional.empty(), store.dataset());
            assertEquals(0, store.summary().entityCount());
        }
    }

    @Test
    void datasetSurvivesClosingAndReopening() {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            store.replaceDataset(SmallDataset.dataset());
        }
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
        }
    }

    @Test
    void logsGoToTheDataDirectory() {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            assertTrue(Files.isRegularFile(directory.resolve("logs").resolve("debug.log")));
        }
    }

    @Test
    void secondProcessIsToldAnotherProcessHasTheDirectory() throws IOException, InterruptedException {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            String answer = OtherJvm.run(OpenStoreInAnotherProcess.class, directory);
            assertEquals("DataDirectoryInUseException: the data directory is in use by another Solidarity Atlas"
                    + " process (a window or a command): " + directory.toAbsolutePath().normalize(), answer);
        }
    }

    @Test
    void secondProcessOpensTheDirectoryOnceTheFirstClosedIt() throws IOException, InterruptedException {
        Neo4jGraphStore.open(directory).close();
        assertEquals("opened", OtherJvm.run(OpenStoreInAnotherProcess.class, directory));
    }

    @Test
    void secondOpenInTheSameProcessIsToldTheDirectoryIsInUse() {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            assertThrows(DataDirectoryInUseException.class, () -> Neo4jGraphStore.open(directory));
        }
    }

    @Test
    void directoryThatIsAFileGivesOneLineMessage() throws IOException {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");
        StoreException failure = assertThrows(StoreException.class, () -> Neo4jGraphStore.open(file));
        assertTrue(failure.getMessage().startsWith("cannot create the data directory " + file), failure.getMessage());
        assertTrue(failure.getMessage().lines().count() == 1);
    }
}

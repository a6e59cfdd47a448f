package org.solidarityatlas.store;

import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.files.SmallFileSystem;

/** An import or a read on a full disk ends at once with one line, and the stored dataset stays. */
class FullDiskTest {

    @TempDir
    Path folder;

    @Test
    void writeFailingForWantOfSpaceEndsTheImportInOneLineAndKeepsThePreviousDataset() {
        Path directory = folder.resolve("db");
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            store.replaceDataset(SmallDataset.dataset());

            DiskFullException failure = assertThrows(DiskFullException.class,
                    () -> store.replaceDataset(SmallDataset.other(), 1, (what, written, total) -> {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }));

            assertEquals("the disk holding " + directory.toAbsolutePath().normalize()
                    + " is full; nothing was changed", failure.getMessage());
            assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
        }
    }

    @Test
    void importKeepsSixtyFourMegabytesFree() {
        Path directory = folder.resolve("db");

        assertThrows(DiskFullException.class,
                () -> new DiskSpace(directory, () -> (64L << 20) - 1).requireRoomToImport());
        new DiskSpace(directory, () -> 64L << 20).requireRoomToImport();
    }

    @Test
    void storeDoesNotStartOnADiskWithoutRoomToOpen() {
        Path directory = folder.resolve("db");

        DiskFullException failure = assertThrows(DiskFullException.class,
                () -> new DiskSpace(directory, () -> DiskSpace.OPEN_MINIMUM_BYTES - 1).requireRoomToOpen());

        assertEquals("the disk holding " + directory + " is full; nothing was changed", failure.getMessage());
    }

    @Test
    void importOnANearlyFullSmallFileSystemIsRefusedAndKeepsThePreviousDataset() throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mountIn(folder)) {
            Path directory = disk.root().resolve("db");
            try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
                store.replaceDataset(SmallDataset.dataset());
                disk.fillUntilFree(16L << 20);

                DiskFullException failure = assertThrows(DiskFullException.class,
                        () -> store.replaceDataset(SmallDataset.other()));

                assertEquals("the disk holding " + directory + " is full; nothing was changed",
                        failure.getMessage());
                assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
            }
        }
    }

    @Test
    void openingTheStoreOnAFullSmallFileSystemIsOneLineAndTheDatasetStays() throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mountIn(folder)) {
            Path directory = disk.root().resolve("db");
            try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
                store.replaceDataset(SmallDataset.dataset());
            }
            Path filler = disk.fillUntilFree(0);

            DiskFullException failure = assertThrows(DiskFullException.class, () -> Neo4jGraphStore.open(directory));

            assertEquals("the disk holding " + directory + " is full; nothing was changed", failure.getMessage());
            Files.delete(filler);
            try (Neo4jGraphStore reopened = Neo4jGraphStore.open(directory)) {
                assertEquals(Optional.of(SmallDataset.dataset()), reopened.dataset());
            }
        }
    }
}

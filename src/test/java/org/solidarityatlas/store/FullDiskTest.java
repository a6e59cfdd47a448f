package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void importOnANearlyFullSmallFileSystemIsRefusedAndKeepsThePreviousDataset() throws Exception {
        Path disk = mountSmallFileSystem();
        try {
            Path directory = disk.resolve("db");
            try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
                store.replaceDataset(SmallDataset.dataset());
                fillUntilFree(disk, 16L << 20);

                DiskFullException failure = assertThrows(DiskFullException.class,
                        () -> store.replaceDataset(SmallDataset.other()));

                assertEquals("the disk holding " + directory + " is full; nothing was changed",
                        failure.getMessage());
                assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
            }
        } finally {
            unmount(disk);
        }
    }

    @Test
    void openingTheStoreOnAFullSmallFileSystemIsOneLineAndTheDatasetStays() throws Exception {
        Path disk = mountSmallFileSystem();
        try {
            Path directory = disk.resolve("db");
            try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
                store.replaceDataset(SmallDataset.dataset());
            }
            Path filler = fillUntilFree(disk, 0);

            DiskFullException failure = assertThrows(DiskFullException.class, () -> Neo4jGraphStore.open(directory));

            assertEquals("the disk holding " + directory + " is full; nothing was changed", failure.getMessage());
            Files.delete(filler);
            try (Neo4jGraphStore reopened = Neo4jGraphStore.open(directory)) {
                assertEquals(Optional.of(SmallDataset.dataset()), reopened.dataset());
            }
        } finally {
            unmount(disk);
        }
    }

    /**
     * A 100 MB tmpfs in the test's folder. Mounting needs root (or CAP_SYS_ADMIN); where it is not allowed, as
     * on most CI runners, the test cannot make a small disk and is skipped, saying why.
     */
    private Path mountSmallFileSystem() throws IOException, InterruptedException {
        Path disk = Files.createDirectory(folder.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=100m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes());
        boolean mounted = mount.waitFor(60, TimeUnit.SECONDS) && mount.exitValue() == 0;
        assumeTrue(mounted, "cannot mount a small tmpfs file system to fill (needs root or CAP_SYS_ADMIN): "
                + output.strip());
        return disk.toRealPath();
    }

    private static void unmount(Path disk) throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
    }

    /** Writes a file of zeros until at most {@code freeBytes} are left (none: until the disk refuses more). */
    private static Path fillUntilFree(Path disk, long freeBytes) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] megabyte = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(disk).getUsableSpace() > freeBytes) {
                long room = Files.getFileStore(disk).getUsableSpace() - freeBytes;
                out.write(megabyte, 0, (int) Math.min(megabyte.length, Math.max(room, 1)));
                out.flush();
            }
        } catch (IOException e) {
            if (!DiskSpace.isNoSpaceLeft(e)) {
                throw e;
            }
        }
        return filler;
    }
}

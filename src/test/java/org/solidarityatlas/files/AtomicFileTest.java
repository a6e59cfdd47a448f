package org.solidarityatlas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void newFileIsReadableByOthers() throws IOException {
        Path file = folder.resolve("export.graphml");
        AtomicFile.write(file, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        Path file = folder.resolve("data.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void failedWriteKeepsTheOldContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("data.json");
        Files.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (var entries = Files.list(folder)) {
            assertEquals(1, entries.count());
        }
    }

    @Test
    void temporaryFileLeftByAKilledWriteIsRemovedAtTheNextWriteOfThatTarget() throws IOException {
        Path file = folder.resolve("network.png");
        Path litter = Files.writeString(folder.resolve(".network.png.4711.tmp"), "half");
        Path otherTargets = Files.writeString(folder.resolve(".other.png.4711.tmp"), "half");

        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertFalse(Files.exists(litter));
        assertTrue(Files.exists(otherTargets));
        assertEquals("new", Files.readString(file));
    }

    @Test
    void temporaryFileOfAWriteStillUnderWayIsKept() throws IOException {
        Path file = folder.resolve("data.json");
        AtomicFile.write(file, out -> {
            Path ownTemporary;
            try (var entries = Files.list(folder)) {
                ownTemporary = entries.filter(p -> p.getFileName().toString().endsWith(".tmp")).findFirst()
                        .orElseThrow();
            }
            AtomicFile.removeAbandonedTemporaryFiles(file);
            assertTrue(Files.exists(ownTemporary));
            out.write("done".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("done", Files.readString(file));
    }
}

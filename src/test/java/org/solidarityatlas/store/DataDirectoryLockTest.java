package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path directory;

    @Test
    void aDirectoryOpenInThisProcessIsHeldForAnotherOne() throws IOException, InterruptedException {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            assertEquals("held", OtherJvm.run(ProbeLockInAnotherProcess.class, directory));
        }
    }

    @Test
    void aClosedDirectoryIsFree() throws IOException, InterruptedException {
        Neo4jGraphStore.open(directory).close();
        assertEquals("free", OtherJvm.run(ProbeLockInAnotherProcess.class, directory));
    }

    @Test
    void aDirectoryNeverOpenedIsFree() {
        assertFalse(DataDirectoryLock.heldByAnotherProcess(directory.resolve("new")));
    }
}

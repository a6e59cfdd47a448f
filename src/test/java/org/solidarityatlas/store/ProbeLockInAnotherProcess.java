package org.solidarityatlas.store;

import java.nio.file.Path;

/** Run as a separate JVM by {@link DataDirectoryLockTest}: prints whether the directory is held by another process. */
public final class ProbeLockInAnotherProcess {

    private ProbeLockInAnotherProcess() {
    }

    public static void main(String[] args) {
        System.out.println(DataDirectoryLock.heldByAnotherProcess(Path.of(args[0])) ? "held" : "free");
    }
}

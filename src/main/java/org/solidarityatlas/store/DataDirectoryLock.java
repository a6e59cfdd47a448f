package org.solidarityatlas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells at once whether another process has a data directory open, by trying the lock Neo4j holds on it: the
 * explorer asks before it shows a window, so a second one gets the message instead of an empty window that fails
 * seconds later, once the database has tried to start.
 */
public final class DataDirectoryLock {

    private DataDirectoryLock() {
    }

    /**
     * True when another process holds the directory's store lock. Call it before this process opens the store:
     * on some systems closing the probe's channel would release a lock this process held on the same file.
     */
    public static boolean heldByAnotherProcess(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return false;
        } catch (IOException unreadable) {
            // Whatever stops the probe will stop the database too, with its own message.
            return false;
        }
    }
}

package org.solidarityatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Keeps the data directory's disk from running full under Neo4j. When a write fails for want of space, Neo4j
 * panics and its shutdown then spins for minutes trying to flush its page cache, so the import stops while a
 * reserve is still free (enough for the page cache's dirty pages to reach the disk, the partial generation to be
 * deleted and the database to close), and the store does not start at all on a disk that is already full.
 */
final class DiskSpace {

    /** Free space an import keeps: Neo4j's page cache, whose dirty pages must still fit on the disk at close. */
    static final long IMPORT_RESERVE_BYTES = EmbeddedSettings.PAGE_CACHE_BYTES / 2;

    /**
     * {@code -Datlas.importReserveBytes=N} keeps N bytes free instead (a disk shared with other writers may want
     * more; tests ask for more than any disk has). Read at each check; an unreadable or negative value is ignored.
     */
    static final String IMPORT_RESERVE_PROPERTY = "atlas.importReserveBytes";

    /** Free space needed to open the store at all: recovery, a checkpoint and the logs of a read. */
    static final long OPEN_MINIMUM_BYTES = 8L << 20;

    private final Path directory;
    private final LongSupplier usableBytes;

    DiskSpace(Path directory) {
        this(directory, () -> usableBytes(directory));
    }

    /** With the free space measured by {@code usableBytes}, so that tests can make a disk full. */
    DiskSpace(Path directory, LongSupplier usableBytes) {
        this.directory = directory;
        this.usableBytes = usableBytes;
    }

    void requireRoomToOpen() {
        require(OPEN_MINIMUM_BYTES);
    }

    /** Called before an import and after each of its batches. */
    void requireRoomToImport() {
        require(importReserveBytes());
    }

    static long importReserveBytes() {
        String text = System.getProperty(IMPORT_RESERVE_PROPERTY);
        if (text == null) {
            return IMPORT_RESERVE_BYTES;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value >= 0 ? value : IMPORT_RESERVE_BYTES;
        } catch (NumberFormatException e) {
            return IMPORT_RESERVE_BYTES;
        }
    }

    private void require(long bytes) {
        if (usableBytes.getAsLong() < bytes) {
            throw new DiskFullException(directory, null);
        }
    }

    /** ENOSPC and EDQUOT, as the JDK and Neo4j report them somewhere down the cause chain. */
    static boolean isNoSpaceLeft(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof DiskFullException || (message != null
                    && (message.contains("No space left on device") || message.contains("Disk quota exceeded")))) {
                return true;
            }
        }
        return false;
    }

    private static long usableBytes(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

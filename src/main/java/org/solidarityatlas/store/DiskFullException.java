package org.solidarityatlas.store;

import java.nio.file.Path;

/** The disk holding the data directory has no room left for the work asked; the stored dataset is as it was. */
public class DiskFullException extends StoreException {

    public DiskFullException(Path directory, Throwable cause) {
        super("the disk holding " + directory + " is full; nothing was changed", cause);
    }

    /** True when {@code failure} or one of its causes says the disk is full or the quota used up. */
    public static boolean explains(Throwable failure) {
        return DiskSpace.isNoSpaceLeft(failure);
    }
}

package org.solidarityatlas.store;

import java.nio.file.Path;

/** Another Solidarity Atlas process has the data directory open. */
public class DataDirectoryInUseException extends StoreException {

    public DataDirectoryInUseException(Path directory) {
        super("the data directory is in use by another Solidarity Atlas process (a window or a command): " + directory);
    }
}

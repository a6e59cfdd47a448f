package org.solidarityatlas.ui.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.DatasetWriter;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;

/**
 * A copy of the stored dataset in a file beside the store, in the dataset format. The next start reads it in a
 * small part of the time Neo4j takes to open, so the network shows while the database opens. It is only ever a
 * preview: once the store is open, what the store holds is shown.
 */
public final class DatasetSnapshot {

    /** The file's name in the data directory. */
    public static final String FILE_NAME = "explorer-snapshot.atlas.json";

    /** No snapshot: the explorer waits for the store, as the command line's callers and tests do. */
    public static final DatasetSnapshot NONE = new DatasetSnapshot(null);

    private final Path file;

    private DatasetSnapshot(Path file) {
        this.file = file;
    }

    public static DatasetSnapshot in(Path dataDirectory) {
        return new DatasetSnapshot(dataDirectory.resolve(FILE_NAME));
    }

    /** The snapshot's dataset; nothing when there is none or it does not read as a valid dataset. */
    Optional<Dataset> read() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ReadResult result = new DatasetReader().read(file);
        return result.isValid() ? result.dataset() : Optional.empty();
    }

    /** Keeps this dataset for the next start. */
    void write(Dataset dataset) {
        if (file == null) {
            return;
        }
        try {
            new DatasetWriter().write(dataset, file);
        } catch (IOException e) {
            // Nothing is lost: without a snapshot the next start shows the network once the store is open.
        }
    }
}

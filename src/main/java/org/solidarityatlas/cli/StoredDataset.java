package org.solidarityatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.store.StoreException;

/**
 * Opens the store for the commands that read it. A data directory with no dataset yet gets the bundled one
 * first, as the explorer does on its first start, so {@code atlas query} works on a fresh machine.
 */
final class StoredDataset {

    static final String BUNDLED_RESOURCE = "/seeds/ue-fat-alliance.json";

    private StoredDataset() {
    }

    /**
     * The open store, holding a dataset; the caller closes it. Says on {@code notes} when it loaded one. A server
     * is opened read-only, as these commands only read: one without a dataset is reported, never filled.
     */
    static GraphStore open(StoreOptions options, PrintWriter notes) {
        GraphStore store = options.open(true);
        try {
            if (options.onServer() && store.isEmpty()) {
                throw new ReportingCommand.CommandFailure("no Solidarity Atlas dataset is stored on " + store.location()
                        + "; load one with 'atlas import --neo4j " + options.uri + " FILE'");
            }
            return open(store, Path.of(store.location()), notes);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The open store, holding a dataset; the caller closes it. Says on {@code notes} when it loaded one. */
    static GraphStore open(Path dataDirectory, PrintWriter notes) {
        return open(Neo4jGraphStore.open(dataDirectory), dataDirectory, notes);
    }

    private static GraphStore open(GraphStore store, Path dataDirectory, PrintWriter notes) {
        try {
            if (store.isEmpty()) {
                Dataset bundled = bundled();
                store.replaceDataset(bundled);
                notes.println("atlas: no dataset was stored in " + dataDirectory + "; loaded the bundled one ("
                        + bundled.title() + ")");
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static Dataset bundled() {
        try (InputStream in = StoredDataset.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new StoreException("the bundled dataset " + BUNDLED_RESOURCE + " is missing from the application");
            }
            ReadResult result = new DatasetReader().read(in, BUNDLED_RESOURCE.substring(1));
            if (!result.isValid()) {
                throw new StoreException("the bundled dataset is invalid: " + result.errors().get(0));
            }
            return result.dataset().orElseThrow();
        } catch (IOException e) {
            throw new StoreException("could not read the bundled dataset: " + e.getMessage(), e);
        }
    }
}

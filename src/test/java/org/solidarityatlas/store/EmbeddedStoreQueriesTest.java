package org.solidarityatlas.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded database in a data directory. */
class EmbeddedStoreQueriesTest extends StoreQueriesContract {

    @TempDir
    static Path directory;

    @Override
    GraphStore openStore() {
        return Neo4jGraphStore.open(directory);
    }
}

package org.solidarityatlas.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The edits contract on a Neo4j server over Bolt. */
class BoltStoreEditsTest extends StoreEditsContract {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    private static GraphStore opened;

    @Override
    GraphStore store() {
        if (opened == null) {
            opened = SERVER.openStore();
        }
        return opened;
    }

    @AfterAll
    static void closeStore() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}

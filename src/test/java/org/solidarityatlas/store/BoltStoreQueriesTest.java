package org.solidarityatlas.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on a Neo4j server over Bolt, with authentication on. */
class BoltStoreQueriesTest extends StoreQueriesContract {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    @Override
    GraphStore openStore() {
        return SERVER.openStore();
    }
}

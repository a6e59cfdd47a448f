package org.solidarityatlas.store;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.testing.Neo4jStore;

/** The edits contract on the embedded store. */
class StoreEditsTest extends StoreEditsContract {

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.empty();

    @Override
    GraphStore store() {
        return neo4j.store();
    }
}

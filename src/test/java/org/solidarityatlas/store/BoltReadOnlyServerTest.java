package org.solidarityatlas.store;

import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server that refuses every write to the database, as it does to a user with the reader role. */
class BoltReadOnlyServerTest {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer(true);

    @Test
    void importRefusedByTheServerIsOneClearLine() {
        try (BoltGraphStore store = SERVER.openStore()) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.replaceDataset(SmallDataset.dataset()));
            String message = refused.getMessage();
            assertFalse(message.contains("\n"), message);
            assertTrue(message.startsWith("import failed, the previous dataset is kept: the Neo4j server refused"),
                    message);
        }
    }

    @Test
    void readingAServerThatRefusesWritesWorks() {
        try (GraphStore store = BoltGraphStore.open(SERVER.connection(true))) {
            assertTrue(store.isEmpty());
            assertEquals(0, store.summary().entityCount());
        }
    }
}

package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.SearchHit;

/** A data directory made before translations existed gets a full-text index that covers them when opened. */
class FullTextIndexUpgradeTest {

    @TempDir
    Path directory;

    /** Puts back the index as stores made before translations had it: names, aliases and descriptions only. */
    private void replaceIndexWithTheOldOne() {
        // The store's own settings, so the database opens as the store would open it.
        DatabaseManagementService service = EmbeddedSettings.builder(directory.toAbsolutePath().normalize()).build();
        try {
            GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (String statement : List.of("DROP INDEX " + GraphSchema.FULL_TEXT_INDEX,
                    "CREATE FULLTEXT INDEX " + GraphSchema.FULL_TEXT_INDEX + " FOR (n:Entity)"
                            + " ON EACH [n.name, n.aliases, n.description]"
                            + " OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}")) {
                try (Transaction transaction = database.beginTx()) {
                    transaction.execute(statement).close();
                    transaction.commit();
                }
            }
        } finally {
            service.shutdown();
        }
    }

    @Test
    void reopenedOldStoreFindsEntitiesByTheirTranslatedNames() {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            store.replaceDataset(StoredTranslationsTest.bilingual());
        }
        replaceIndexWithTheOldOne();
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            List<String> found = store.search("Caballeros", 5).stream().map(SearchHit::entity).map(Entity::id).toList();
            assertEquals(List.of("knights"), found);
        }
    }
}

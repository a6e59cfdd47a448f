package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.store.ReplaceDatasetTest.assertIndexesOnline;
import static org.solidarityatlas.store.ReplaceDatasetTest.nodeCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.testing.Neo4jStore;
import org.solidarityatlas.testing.SmallDataset;

/** The first import into a store that has never held a dataset: all or nothing, with its indexes kept. */
class EmptyStoreImportTest {

    /** An instance field: each test gets a new, empty store. */
    @RegisterExtension
    final Neo4jStore neo4j = Neo4jStore.empty();

    @Test
    void importIntoAnEmptyStoreInSmallBatchesGivesBackTheSameDatasetAndReportsEachBatchInOrder() {
        Neo4jGraphStore empty = neo4j.store();
        List<String> batches = new ArrayList<>();

        empty.replaceDataset(SmallDataset.dataset(), 2, (what, written, total) -> batches.add(what + written));

        assertEquals(Optional.of(SmallDataset.dataset()), empty.dataset());
        assertEquals(List.of("sources2", "entities2", "entities4", "entities6", "entities8", "relationships2",
                "relationships4", "relationships6", "relationships7", "stories1", "story steps2"), batches);
    }

    @Test
    void importIntoAnEmptyStoreFailingHalfWayLeavesItEmptyWithItsIndexes() {
        Neo4jGraphStore empty = neo4j.store();

        assertThrows(StoreException.class, () -> empty.replaceDataset(SmallDataset.dataset(), 1,
                (what, written, total) -> {
                    if (what.equals("relationships") && written == 2) {
                        throw new IllegalStateException("disk unplugged");
                    }
                }));

        assertTrue(empty.isEmpty());
        assertEquals(0, nodeCount(empty));
        assertIndexesOnline(empty);
    }

    @Test
    void importIntoAnEmptyStoreLeavesItsIndexesOnline() {
        Neo4jGraphStore empty = neo4j.store();

        empty.replaceDataset(SmallDataset.dataset());

        assertIndexesOnline(empty);
        assertEquals("fat", empty.search("autentico", 5).get(0).entity().id());
    }

    /**
     * The first import drops the indexes and creates them again once its entities are in; failing straight after,
     * its clean-up runs while they are still filling. A query planned then may read the label index half filled
     * and fail ("Index is still populating"), which used to leave the whole partial import behind. Twenty thousand
     * entities keep the indexes filling for the clean-up on any machine; eleven nodes did only under heavy load.
     */
    @Test
    void importIntoAnEmptyStoreFailingWhileItsIndexesFillLeavesItEmptyWithItsIndexes() {
        Datasets many = new Datasets();
        for (int i = 0; i < 20_000; i++) {
            many.entity("e" + i, EntityType.UNION, "Union " + i, "19" + (10 + i % 90), null);
        }
        many.relationship("r", "member_of", "e1", "e2", null, null);
        Neo4jGraphStore empty = neo4j.store();

        assertThrows(StoreException.class, () -> empty.replaceDataset(many.build(), 2_000,
                (what, written, total) -> {
                    if (what.equals("relationships")) {
                        throw new IllegalStateException("connection reset");
                    }
                }));

        assertEquals(0, nodeCount(empty));
        assertIndexesOnline(empty);
    }
}

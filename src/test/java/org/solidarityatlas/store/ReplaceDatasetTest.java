package org.solidarityatlas.store;

import org.solidarityatlas.testing.Neo4jStore;
import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;

/** Replacing the stored dataset is all or nothing. Each test starts from the small dataset. */
class ReplaceDatasetTest {

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.empty();

    /** The indexes the store creates, those backing its constraints included. */
    private static final List<String> INDEXES = List.of("entity_id", "source_id", "entity_first_day",
            "entity_last_day", "entity_text", "node_labels", "relationship_types");

    private static Neo4jGraphStore store;

    @BeforeAll
    static void storeOfTheClass() {
        store = neo4j.store();
    }

    @BeforeEach
    void storeSmallDataset() {
        store.replaceDataset(SmallDataset.dataset());
    }

    @Test
    void replacingGivesBackTheNewDatasetOnly() {
        store.replaceDataset(SmallDataset.other());
        assertEquals(Optional.of(SmallDataset.other()), store.dataset());
        assertEquals(3, store.summary().entityCount());
        assertEquals(List.of(), store.search("autentico", 5));
    }

    @Test
    void importInSmallBatchesGivesBackTheSameDataset() {
        List<String> batches = new ArrayList<>();
        store.replaceDataset(SmallDataset.dataset(), 2, (what, written, total) -> batches.add(what + written));
        assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
        assertEquals(List.of("sources2", "entities2", "entities4", "entities6", "entities8", "relationships2",
                "relationships4", "relationships6", "relationships7", "stories1", "story steps2"), batches);
    }

    @Test
    void importFailingHalfWayKeepsThePreviousDataset() {
        ImportProgress failOnSecondRelationshipBatch = (what, written, total) -> {
            if (what.equals("relationships") && written > 1) {
                throw new IllegalStateException("disk unplugged");
            }
        };
        StoreException failure = assertThrows(StoreException.class,
                () -> store.replaceDataset(SmallDataset.other(), 1, failOnSecondRelationshipBatch));
        assertEquals("import failed, the previous dataset is kept: disk unplugged", failure.getMessage());
        assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
    }

    @Test
    void importFailingHalfWayLeavesNoPartOfItBehind() {
        long nodesBefore = nodeCount();
        assertThrows(StoreException.class, () -> store.replaceDataset(SmallDataset.other(), 1,
                (what, written, total) -> {
                    if (what.equals("entities") && written == 2) {
                        throw new IllegalStateException("disk unplugged");
                    }
                }));
        assertEquals(nodesBefore, nodeCount());
    }

    @Test
    void replacingDeletesEveryNodeOfThePreviousDataset() {
        store.replaceDataset(SmallDataset.other());
        // One dataset node and three entities; the other dataset has no sources or stories.
        assertEquals(4, nodeCount());
    }

    @Test
    void replacingInBatchesSmallerThanAnEntitysRelationshipsDeletesThemAll() {
        // "ue" has three relationships: with batches of two, deleting it spans two transactions.
        store.replaceDataset(SmallDataset.other(), 2, ImportProgress.NONE);
        assertEquals(4, nodeCount());
        assertEquals(3L, store.readOnlyQuery("MATCH ()-[r]->() RETURN count(r)").rows().get(0).get(0));
        assertEquals(Optional.of(SmallDataset.other()), store.dataset());
    }

    @Test
    void importCutShortByACrashIsUndoneAtTheNextOpen(@TempDir Path crashDirectory)
            throws IOException, InterruptedException {
        long nodesBefore;
        try (Neo4jGraphStore crashing = Neo4jGraphStore.open(crashDirectory)) {
            crashing.replaceDataset(SmallDataset.dataset());
            nodesBefore = nodeCount(crashing);
        }
        assertEquals("halting", OtherJvm.run(CrashDuringImport.class, crashDirectory));
        try (Neo4jGraphStore reopened = Neo4jGraphStore.open(crashDirectory)) {
            assertEquals(Optional.of(SmallDataset.dataset()), reopened.dataset());
            assertEquals(nodesBefore, nodeCount(reopened));
        }
    }

    @Test
    void importIntoAnEmptyStoreCutShortByACrashLeavesItEmptyWithItsIndexes(@TempDir Path emptyDirectory)
            throws IOException, InterruptedException {
        assertEquals("halting", OtherJvm.run(CrashDuringImport.class, emptyDirectory));
        try (Neo4jGraphStore reopened = Neo4jGraphStore.open(emptyDirectory)) {
            assertTrue(reopened.isEmpty());
            assertEquals(0, nodeCount(reopened));
            assertIndexesOnline(reopened);
        }
    }

    /** db.awaitIndex fails for an index that does not exist. */
    static void assertIndexesOnline(GraphStore graphStore) {
        for (String index : INDEXES) {
            assertDoesNotThrow(() -> graphStore.readOnlyQuery("CALL db.awaitIndex('" + index + "', 0)"), index);
        }
    }

    private static long nodeCount() {
        return nodeCount(store);
    }

    static long nodeCount(GraphStore graphStore) {
        return (Long) graphStore.readOnlyQuery("MATCH (n) RETURN count(n)").rows().get(0).get(0);
    }

    @Test
    void importWithDanglingRelationshipKeepsThePreviousDataset() {
        Dataset other = SmallDataset.other();
        List<Relationship> relationships = new ArrayList<>(other.relationships());
        relationships.add(SmallDataset.relationship("w", true, "leads", "b", "nobody", null, null, null, List.of()));
        Dataset dangling = new Dataset(other.title(), other.description(), other.language(), other.sources(),
                other.entities(), relationships, other.stories());
        StoreException failure = assertThrows(StoreException.class, () -> store.replaceDataset(dangling));
        assertEquals("cannot import: relationship \"w\" refers to unknown entity \"nobody\"", failure.getMessage());
        assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
    }

    @Test
    void importWithDuplicateEntityIdsKeepsThePreviousDataset() {
        Dataset other = SmallDataset.other();
        Dataset duplicated = new Dataset(other.title(), null, null, List.of(),
                List.of(other.entities().get(0),
                        SmallDataset.entity("a", EntityType.EVENT, "Again", List.of(), null, null, null, List.of())),
                List.of(), List.of());
        StoreException failure = assertThrows(StoreException.class, () -> store.replaceDataset(duplicated));
        assertEquals("cannot import: duplicate entity id \"a\"", failure.getMessage());
        assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
    }

    @Test
    void replacingWithAnEmptyDatasetLeavesATitleAndNoEntities() {
        store.replaceDataset(new Dataset("Nothing yet", null, null, null, null, null, null));
        assertTrue(store.dataset().orElseThrow().entities().isEmpty());
        assertEquals("Nothing yet", store.summary().title());
        assertEquals(0, store.summary().entityCount());
    }
}

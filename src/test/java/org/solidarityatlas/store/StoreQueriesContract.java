package org.solidarityatlas.store;

import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.model.TimeWindow;

/**
 * The store's queries on the small dataset, loaded once: none of these tests writes. Every implementation of the
 * contract runs them: {@link EmbeddedStoreQueriesTest} and {@link BoltStoreQueriesTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreQueriesContract {

    private GraphStore store;

    /** A store of the implementation under test, empty or not: the contract imports the small dataset. */
    abstract GraphStore openStore();

    @BeforeAll
    void load() {
        store = openStore();
        store.replaceDataset(SmallDataset.dataset());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private static List<String> entityIds(Subgraph graph) {
        return graph.entities().stream().map(Entity::id).toList();
    }

    private static List<String> relationshipIds(Subgraph graph) {
        return graph.relationships().stream().map(Relationship::id).toList();
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.entity().id()).toList();
    }

    @Test
    void datasetGivesBackExactlyWhatWasImported() {
        assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
    }

    @Test
    void storeWithDatasetIsNotEmpty() {
        assertFalse(store.isEmpty());
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        assertEquals("fat", store.search("AUTENTICO", 5).get(0).entity().id());
    }

    @Test
    void searchFindsWordsWhileTheyAreTyped() {
        assertEquals("fat", store.search("autent", 5).get(0).entity().id());
    }

    @Test
    void searchFoldsAccentsTypedInAPrefix() {
        assertEquals("fat", store.search("Autént", 5).get(0).entity().id());
    }

    @Test
    void searchFindsAliases() {
        assertEquals(List.of("office"), names(store.search("oficina", 5)));
    }

    @Test
    void searchRanksNameMatchesAboveDescriptionMatches() {
        assertEquals(List.of("fat", "alliance"), names(store.search("auténtico", 5)));
    }

    @Test
    void searchRanksEntitiesMatchingMoreWordsFirst() {
        assertEquals("echlin-campaign", store.search("echlin campaign", 5).get(0).entity().id());
    }

    @Test
    void searchReadsQuerySyntaxAsPlainText() {
        assertEquals("fat", store.search("(frente) AND \"autént* [del]: ~trabajo^ OR NOT", 5).get(0).entity().id());
    }

    @Test
    void searchRespectsTheLimit() {
        assertEquals(1, store.search("a e i o u", 1).size());
    }

    @Test
    void searchOfTextWithoutWordsFindsNothing() {
        assertEquals(List.of(), store.search("  ?! ", 5));
    }

    @Test
    void shortestPathListsEntitiesAndRelationshipsInOrder() {
        GraphPath path = store.shortestPath("bertha", "echlin").orElseThrow();
        assertEquals(List.of("bertha", "fat", "alliance", "echlin-campaign", "echlin"),
                path.entities().stream().map(Entity::id).toList());
        assertEquals(List.of("r3", "fat-in-alliance", "alliance-organizes", "campaign-targets"),
                path.relationships().stream().map(Relationship::id).toList());
    }

    @Test
    void shortestPathIgnoresDirection() {
        GraphPath path = store.shortestPath("echlin", "bertha").orElseThrow();
        assertEquals(List.of("echlin", "echlin-campaign", "alliance", "fat", "bertha"),
                path.entities().stream().map(Entity::id).toList());
    }

    @Test
    void shortestPathToUnconnectedEntityIsEmpty() {
        assertEquals(Optional.empty(), store.shortestPath("ue", "office"));
    }

    @Test
    void shortestPathFromUnknownEntityIsEmpty() {
        assertEquals(Optional.empty(), store.shortestPath("nobody", "ue"));
    }

    @Test
    void shortestPathFromEntityToItselfHasNoRelationships() {
        GraphPath path = store.shortestPath("ue", "ue").orElseThrow();
        assertEquals(0, path.length());
        assertEquals("ue", path.entities().get(0).id());
    }

    @Test
    void detailsListLinksWithTheirOtherEndAndDirection() {
        EntityDetails details = store.details("fat").orElseThrow();
        assertEquals(SmallDataset.dataset().entity("fat").orElseThrow(), details.entity());
        assertEquals(List.of("fat-in-alliance:alliance:out", "r3:bertha:in", "r7:ue:in"),
                details.links().stream().map(link -> link.relationship().id() + ":" + link.other().id() + ":"
                        + (link.outgoing() ? "out" : "in")).toList());
    }

    @Test
    void detailsResolveSourcesOfTheEntityAndItsLinks() {
        EntityDetails details = store.details("bertha").orElseThrow();
        assertEquals(List.of("article"), details.sources().stream().map(Source::id).toList());
        assertEquals(SmallDataset.dataset().sources().get(0), details.sources().get(0));
    }

    @Test
    void detailsOfUnknownEntityAreEmpty() {
        assertEquals(Optional.empty(), store.details("nobody"));
    }

    @Test
    void summaryCountsByType() {
        DatasetSummary summary = store.summary();
        assertEquals("Small alliance history", summary.title());
        assertEquals(Map.of(EntityType.UNION, 2L, EntityType.ALLIANCE, 1L, EntityType.PERSON, 1L,
                EntityType.CAMPAIGN, 1L, EntityType.ORGANIZATION, 2L, EntityType.EVENT, 1L),
                summary.entitiesByType());
        assertEquals(Map.of("member_of", 2L, "leads", 1L, "organizes", 1L, "targets", 1L, "files", 1L,
                "partner_of", 1L), summary.relationshipsByType());
    }

    @Test
    void windowCappedBelowWhatPassesDrawsTheMostConnectedWithTheLinksAmongThem() {
        // Three relationships each for ue, fat and alliance (ties in file order); the links among those three only.
        DrawnWindow window = store.drawnWindow(GraphFilter.everything(), 3);
        assertEquals(List.of("ue", "fat", "alliance"), entityIds(window.drawn()));
        assertEquals(List.of("fat-in-alliance", "ue-in-alliance", "r7"), relationshipIds(window.drawn()));
        assertEquals(SmallDataset.entities().size(), window.visibleEntities());
        assertTrue(window.isCapped());
    }

    @Test
    void windowWhoseCapEqualsWhatPassesDrawsEverythingUncapped() {
        DrawnWindow window = store.drawnWindow(GraphFilter.everything(), SmallDataset.entities().size());
        assertEquals(SmallDataset.entities().stream().map(Entity::id).toList(), entityIds(window.drawn()));
        assertEquals(SmallDataset.relationships().stream().map(Relationship::id).toList(),
                relationshipIds(window.drawn()));
        assertFalse(window.isCapped());
    }

    @Test
    void windowOfCapZeroDrawsNothingButCountsWhatPasses() {
        DrawnWindow window = store.drawnWindow(GraphFilter.everything().withEntityTypes(EnumSet.of(EntityType.UNION)),
                0);
        assertEquals(List.of(), window.drawn().entities());
        assertEquals(List.of(), window.drawn().relationships());
        assertEquals(2, window.visibleEntities());
    }

    @Test
    void consoleQueryThatLoadsCsvIsRefusedByItsPlan() {
        StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> store.readOnlyQuery("LOAD CSV FROM 'file:///proc/self/environ' AS line RETURN line"));
        assertTrue(refused.getMessage().contains("LOAD CSV reads files and web addresses"), refused.getMessage());
    }

    @Test
    void consoleQueryRowsBeyondTheLimitAreCountedNotKept() {
        QueryResult result = store.readOnlyQuery("MATCH (n:Entity) RETURN n.id",
                new QueryLimits(java.time.Duration.ofSeconds(30), 2));
        assertEquals(2, result.rows().size());
        assertEquals(SmallDataset.entities().size() - 2, result.moreRows());
    }
}

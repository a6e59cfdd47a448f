package org.solidarityatlas.store;

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
    void everythingFilterShowsAllEntitiesAndRelationshipsInImportOrder() {
        Subgraph graph = store.visibleGraph(GraphFilter.everything());
        assertEquals(SmallDataset.entities(), graph.entities());
        assertEquals(SmallDataset.relationships(), graph.relationships());
    }

    @Test
    void timeWindowHidesWhatLiesOutsideIt() {
        Subgraph graph = store.visibleGraph(GraphFilter.everything().withWindow(TimeWindow.ofYears(1993, 1996)));
        assertEquals(List.of("ue", "fat", "alliance", "bertha", "echlin", "nafta-complaint", "office"),
                entityIds(graph));
        assertEquals(List.of("fat-in-alliance", "ue-in-alliance", "r3", "ue-files", "r7"), relationshipIds(graph));
    }

    @Test
    void eventWithoutEndLastsOnlyItsOwnPeriod() {
        Subgraph march = store.visibleGraph(GraphFilter.everything().withIncludeUndated(false)
                .withWindow(new TimeWindow(LocalDate.of(1994, 3, 1), LocalDate.of(1994, 12, 31))));
        assertFalse(entityIds(march).contains("nafta-complaint"));
    }

    @Test
    void undatedItemsHideWhenTurnedOff() {
        Subgraph graph = store.visibleGraph(GraphFilter.everything().withWindow(TimeWindow.ofYears(1993, 1996))
                .withIncludeUndated(false));
        assertEquals(List.of("ue", "fat", "alliance", "echlin", "nafta-complaint"), entityIds(graph));
        assertEquals(List.of("fat-in-alliance", "ue-in-alliance", "ue-files"), relationshipIds(graph));
    }

    @Test
    void relationshipTypeFilterKeepsOnlyThoseTypes() {
        Subgraph graph = store.visibleGraph(GraphFilter.everything().withRelationshipTypes(Set.of("member_of")));
        assertEquals(List.of("fat-in-alliance", "ue-in-alliance"), relationshipIds(graph));
        assertEquals(8, graph.entities().size());
    }

    @Test
    void relationshipHidesWhenOneOfItsEndsIsHidden() {
        Subgraph graph = store.visibleGraph(
                GraphFilter.everything().withEntityTypes(EnumSet.complementOf(EnumSet.of(EntityType.PERSON))));
        assertFalse(entityIds(graph).contains("bertha"));
        assertFalse(relationshipIds(graph).contains("r3"));
    }

    @Test
    void noEntityTypesShowNothing() {
        Subgraph graph = store.visibleGraph(GraphFilter.everything().withEntityTypes(Set.of()));
        assertTrue(graph.entities().isEmpty());
        assertTrue(graph.relationships().isEmpty());
    }

    /** The store and the explorer must agree on every filter: compare with the model's own rule. */
    @Test
    void visibleGraphAgreesWithGraphFilterOnManyFilters() {
        Dataset dataset = SmallDataset.dataset();
        List<Optional<TimeWindow>> windows = List.of(Optional.empty(),
                Optional.of(TimeWindow.ofYears(1900, 1950)), Optional.of(TimeWindow.ofYears(1960, 1960)),
                Optional.of(TimeWindow.ofYears(1994, 1994)), Optional.of(TimeWindow.ofYears(1998, 1998)),
                Optional.of(new TimeWindow(LocalDate.of(1994, 2, 14), LocalDate.of(1994, 2, 14))),
                Optional.of(new TimeWindow(LocalDate.of(1998, 12, 31), LocalDate.of(1999, 1, 1))),
                Optional.of(TimeWindow.ofYears(2020, 2030)));
        List<Set<EntityType>> typeSets = List.of(EnumSet.allOf(EntityType.class),
                EnumSet.of(EntityType.UNION, EntityType.ALLIANCE), EnumSet.of(EntityType.ORGANIZATION));
        List<Optional<Set<String>>> relationshipTypes = List.of(Optional.empty(),
                Optional.of(Set.of("member_of", "targets")), Optional.of(Set.of()));
        for (Optional<TimeWindow> window : windows) {
            for (Set<EntityType> types : typeSets) {
                for (Optional<Set<String>> relTypes : relationshipTypes) {
                    for (boolean undated : List.of(true, false)) {
                        GraphFilter filter = new GraphFilter(types, relTypes, window, undated);
                        List<Entity> entities = dataset.entities().stream().filter(filter::admits).toList();
                        Set<String> shown = Set.copyOf(entities.stream().map(Entity::id).toList());
                        List<Relationship> relationships = dataset.relationships().stream()
                                .filter(r -> filter.admits(r, shown.contains(r.from()) && shown.contains(r.to())))
                                .toList();
                        assertEquals(new Subgraph(entities, relationships), store.visibleGraph(filter),
                                filter.toString());
                    }
                }
            }
        }
    }

    @Test
    void drawnWindowUnderTheCapIsTheVisibleGraph() {
        GraphFilter filter = GraphFilter.everything().withWindow(TimeWindow.ofYears(1993, 1996));
        DrawnWindow window = store.drawnWindow(filter, 1_000);
        assertEquals(store.visibleGraph(filter), window.drawn());
        assertEquals(window.drawn().entities().size(), window.visibleEntities());
        assertFalse(window.isCapped());
    }

    @Test
    void drawnWindowOverTheCapKeepsTheMostConnectedEntities() {
        // The oracle ranks by counting relationship ends in the dataset itself, ties to the earlier entity.
        Map<String, Integer> degree = new java.util.HashMap<>();
        SmallDataset.relationships().forEach(r -> {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        });
        List<String> inFileOrder = SmallDataset.entities().stream().map(Entity::id).toList();
        List<String> expected = inFileOrder.stream()
                .sorted(java.util.Comparator.comparingInt((String id) -> -degree.getOrDefault(id, 0))
                        .thenComparingInt(inFileOrder::indexOf))
                .limit(3).sorted(java.util.Comparator.comparingInt(inFileOrder::indexOf)).toList();

        DrawnWindow window = store.drawnWindow(GraphFilter.everything(), 3);

        assertEquals(expected, entityIds(window.drawn()));
        assertEquals(SmallDataset.entities().size(), window.visibleEntities());
        assertTrue(window.isCapped());
        List<String> expectedRelationships = SmallDataset.relationships().stream()
                .filter(r -> expected.contains(r.from()) && expected.contains(r.to())).map(Relationship::id).toList();
        assertEquals(expectedRelationships, relationshipIds(window.drawn()));
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
    void neighbourhoodOfDepthOneHoldsDirectNeighbours() {
        Subgraph graph = store.neighbourhood("fat", 1).orElseThrow();
        assertEquals(List.of("ue", "fat", "alliance", "bertha"), entityIds(graph));
        assertEquals(List.of("fat-in-alliance", "r3", "r7"), relationshipIds(graph));
    }

    @Test
    void neighbourhoodOfDepthTwoReachesNeighboursOfNeighbours() {
        Subgraph graph = store.neighbourhood("fat", 2).orElseThrow();
        assertEquals(List.of("ue", "fat", "alliance", "bertha", "echlin-campaign", "nafta-complaint"),
                entityIds(graph));
        assertEquals(List.of("fat-in-alliance", "ue-in-alliance", "r3", "alliance-organizes", "ue-files", "r7"),
                relationshipIds(graph));
    }

    @Test
    void neighbourhoodOfIsolatedEntityIsItselfAlone() {
        Subgraph graph = store.neighbourhood("office", 3).orElseThrow();
        assertEquals(List.of("office"), entityIds(graph));
        assertTrue(graph.relationships().isEmpty());
    }

    @Test
    void neighbourhoodOfUnknownEntityIsEmpty() {
        assertEquals(Optional.empty(), store.neighbourhood("nobody", 2));
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
    void summaryCountsByTypeAndSpansTheWrittenYears() {
        DatasetSummary summary = store.summary();
        assertEquals("Small alliance history", summary.title());
        assertEquals(Map.of(EntityType.UNION, 2L, EntityType.ALLIANCE, 1L, EntityType.PERSON, 1L,
                EntityType.CAMPAIGN, 1L, EntityType.ORGANIZATION, 2L, EntityType.EVENT, 1L),
                summary.entitiesByType());
        assertEquals(Map.of("member_of", 2L, "leads", 1L, "organizes", 1L, "targets", 1L, "files", 1L,
                "partner_of", 1L), summary.relationshipsByType());
        assertEquals(Optional.of(TimeWindow.ofYears(1936, 1998)), summary.span());
    }
}

package org.solidarityatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.testing.SmallDataset;

/** The one in-memory engine for visibility, neighbourhoods and span, on a small history with known answers. */
class VisibilityEngineTest {

    private final LoadedGraph graph = new LoadedGraph(SmallDataset.dataset());

    private VisibleItems visible(GraphFilter filter) {
        return graph.visibleItems(filter, Optional.empty());
    }

    @Test
    void everythingFilterShowsAllEntitiesAndRelationships() {
        VisibleItems all = visible(GraphFilter.everything());
        assertEquals(8, all.entityIds().size());
        assertEquals(7, all.relationshipIds().size());
    }

    @Test
    void timeWindowHidesWhatLiesOutsideIt() {
        VisibleItems shown = visible(GraphFilter.everything().withWindow(TimeWindow.ofYears(1993, 1996)));
        assertEquals(Set.of("ue", "fat", "alliance", "bertha", "echlin", "nafta-complaint", "office"),
                shown.entityIds());
        assertEquals(Set.of("fat-in-alliance", "ue-in-alliance", "r3", "ue-files", "r7"), shown.relationshipIds());
    }

    @Test
    void eventWithoutEndLastsOnlyItsOwnPeriod() {
        VisibleItems march = visible(GraphFilter.everything().withIncludeUndated(false)
                .withWindow(new TimeWindow(LocalDate.of(1994, 3, 1), LocalDate.of(1994, 12, 31))));
        assertFalse(march.entityIds().contains("nafta-complaint"));
    }

    @Test
    void undatedItemsHideWhenTurnedOff() {
        VisibleItems shown = visible(GraphFilter.everything().withWindow(TimeWindow.ofYears(1993, 1996))
                .withIncludeUndated(false));
        assertEquals(Set.of("ue", "fat", "alliance", "echlin", "nafta-complaint"), shown.entityIds());
        assertEquals(Set.of("fat-in-alliance", "ue-in-alliance", "ue-files"), shown.relationshipIds());
    }

    @Test
    void relationshipTypeFilterKeepsOnlyThoseTypes() {
        VisibleItems shown = visible(GraphFilter.everything().withRelationshipTypes(Set.of("member_of")));
        assertEquals(Set.of("fat-in-alliance", "ue-in-alliance"), shown.relationshipIds());
        assertEquals(8, shown.entityIds().size());
    }

    @Test
    void relationshipHidesWhenOneOfItsEndsIsHidden() {
        VisibleItems shown = visible(
                GraphFilter.everything().withEntityTypes(EnumSet.complementOf(EnumSet.of(EntityType.PERSON))));
        assertFalse(shown.entityIds().contains("bertha"));
        assertFalse(shown.relationshipIds().contains("r3"));
    }

    @Test
    void noEntityTypesShowNothing() {
        assertEquals(VisibleItems.NOTHING, visible(GraphFilter.everything().withEntityTypes(Set.of())));
    }

    /** The engine's arrays against the model's own rule, item by item, over many filters. */
    @Test
    void engineAgreesWithGraphFilterOnManyFilters() {
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
                        Set<String> entities = new HashSet<>();
                        dataset.entities().stream().filter(filter::admits).map(Entity::id).forEach(entities::add);
                        Set<String> relationships = new HashSet<>();
                        dataset.relationships().stream()
                                .filter(r -> filter.admits(r, entities.contains(r.from())
                                        && entities.contains(r.to())))
                                .map(Relationship::id).forEach(relationships::add);
                        assertEquals(new VisibleItems(entities, relationships), visible(filter), filter.toString());
                    }
                }
            }
        }
    }

    @Test
    void neighbourhoodOfDepthOneHoldsDirectNeighbours() {
        assertEquals(Set.of("fat", "ue", "alliance", "bertha"),
                graph.neighbourhood(GraphFilter.everything(), List.of("fat"), 1));
    }

    @Test
    void neighbourhoodOfDepthTwoReachesNeighboursOfNeighbours() {
        assertEquals(Set.of("fat", "ue", "alliance", "bertha", "echlin-campaign", "nafta-complaint"),
                graph.neighbourhood(GraphFilter.everything(), List.of("fat"), 2));
    }

    @Test
    void neighbourhoodWalksOnlyRelationshipsShownAtThatTime() {
        // Bertha leads the FAT from 1995: in 1992–1994 she is no neighbour of it.
        GraphFilter early = GraphFilter.everything().withWindow(TimeWindow.ofYears(1992, 1994));
        assertEquals(Set.of("fat", "ue", "alliance"), graph.neighbourhood(early, List.of("fat"), 1));
    }

    @Test
    void neighbourhoodOfIsolatedEntityIsItselfAlone() {
        assertEquals(Set.of("office"), graph.neighbourhood(GraphFilter.everything(), List.of("office"), 3));
    }

    @Test
    void neighbourhoodOfUnknownEntityReachesNothing() {
        VisibleItems shown = graph.visibleItems(GraphFilter.everything(),
                Optional.of(graph.neighbourhood(GraphFilter.everything(), List.of("nobody"), 2)));
        assertEquals(VisibleItems.NOTHING, shown);
    }

    @Test
    void spanRunsFromTheEarliestToTheLatestWrittenYear() {
        // Written dates run from 1936 (UE) to 1998 (the Echlin campaign's end); open ends stretch nothing.
        assertEquals(Optional.of(TimeWindow.ofYears(1936, 1998)), graph.span());
        assertTrue(new LoadedGraph(SmallDataset.other()).span().isPresent());
    }
}

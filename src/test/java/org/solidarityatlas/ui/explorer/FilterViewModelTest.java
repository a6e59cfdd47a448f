package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleSet;
import org.solidarityatlas.testing.Datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.Relationship;

class FilterViewModelTest {

    private static Datasets alliance() {
        return new Datasets()
                .entity("ue", EntityType.UNION, "UE", "1936", null)
                .entity("fat", EntityType.UNION, "FAT", "1960", null)
                .entity("soa", EntityType.ALLIANCE, "Strategic Organizing Alliance", "1992", null)
                .entity("ana", EntityType.PERSON, "Ana", "1980", "1994-03")
                .entity("drive", EntityType.CAMPAIGN, "Drive", "1997-01-01", "1999")
                .entity("owner", EntityType.ORGANIZATION, "Plant owner", null, null)
                .entity("complaint", EntityType.EVENT, "Complaint", "1994-02", null)
                .relationship("r1", "partner_of", "ue", "fat", "1992", null)
                .relationship("r2", "member_of", "ue", "soa", "1992", null)
                .relationship("r3", "member_of", "fat", "soa", "1992", null)
                .relationship("r4", "leads", "ana", "fat", "1985", "1994-03")
                .relationship("r5", "organizes", "fat", "drive", "1997", "1999")
                .relationship("r6", "targets", "drive", "owner", null, null)
                .relationship("r7", "files", "ue", "complaint", "1994-02", null);
    }

    private static FilterViewModel loaded(Datasets data) {
        FilterViewModel filters = new FilterViewModel();
        filters.load(data.loaded());
        return filters;
    }

    @Test
    void everythingShowsAfterLoading() {
        FilterViewModel filters = loaded(alliance());

        assertEquals(7, filters.visible().entityIds().size());
        assertEquals(7, filters.visible().relationshipIds().size());
        assertEquals("7 of 7 entities, 7 of 7 relationships, 1936–1999", filters.statusLine());
    }

    @Test
    void spanRunsFromEarliestToLatestWrittenYear() {
        FilterViewModel filters = loaded(alliance());

        assertEquals(1936, filters.spanFirstYearProperty().get());
        assertEquals(1999, filters.spanLastYearProperty().get());
    }

    @Test
    void uncheckingATypeHidesItsEntitiesAndTheirRelationships() {
        FilterViewModel filters = loaded(alliance());

        filters.entityType(EntityType.ALLIANCE).orElseThrow().setShown(false);

        assertEquals(Set.of("ue", "fat", "ana", "drive", "owner", "complaint"), filters.visible().entityIds());
        assertEquals(Set.of("r1", "r4", "r5", "r6", "r7"), filters.visible().relationshipIds());
    }

    @Test
    void typeCountsShowVisibleOfTotal() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1995, 1999);

        TypeToggle<EntityType> persons = filters.entityType(EntityType.PERSON).orElseThrow();
        TypeToggle<EntityType> unions = filters.entityType(EntityType.UNION).orElseThrow();
        assertEquals("0 / 1", persons.countText());
        assertEquals("2 / 2", unions.countText());
    }

    @Test
    void typeListsAreTheSameObjectEveryTimeSoListenersStay() {
        FilterViewModel filters = new FilterViewModel();

        assertSame(filters.entityTypes(), filters.entityTypes());
        assertSame(filters.relationshipTypes(), filters.relationshipTypes());
    }

    @Test
    void onlyTypesPresentInTheDatasetGetACheckBox() {
        FilterViewModel filters = loaded(new Datasets().entity("ue", EntityType.UNION, "UE", "1936", null));

        assertEquals(1, filters.entityTypes().size());
    }

    @Test
    void showOnlyThisTypeUnchecksTheOthers() {
        FilterViewModel filters = loaded(alliance());

        filters.showOnlyEntityType(EntityType.UNION);

        assertEquals(Set.of("ue", "fat"), filters.visible().entityIds());
        assertEquals(Set.of("r1"), filters.visible().relationshipIds());
    }

    @Test
    void uncheckingARelationshipTypeHidesOnlyThoseRelationships() {
        FilterViewModel filters = loaded(alliance());

        filters.relationshipType("member_of").orElseThrow().setShown(false);

        assertEquals(7, filters.visible().entityIds().size());
        assertEquals(Set.of("r1", "r4", "r5", "r6", "r7"), filters.visible().relationshipIds());
        assertEquals(0, filters.relationshipType("member_of").orElseThrow().visible());
    }

    @Test
    void entityEndingInAMonthInsideTheWindowIsVisible() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1994, 1996);

        assertTrue(filters.visible().entityIds().contains("ana"));
    }

    @Test
    void entityStartingTheDayAfterTheWindowIsHidden() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1994, 1996);

        assertFalse(filters.visible().entityIds().contains("drive"));
    }

    @Test
    void entityEndingInTheMonthBeforeTheWindowIsHidden() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1995, 1999);

        assertFalse(filters.visible().entityIds().contains("ana"));
    }

    @Test
    void eventWithoutEndLastsItsMonth() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1995, 1999);

        assertFalse(filters.visible().entityIds().contains("complaint"));
    }

    @Test
    void ongoingEntityShowsInEveryLaterWindow() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1998, 1999);

        assertTrue(filters.visible().entityIds().containsAll(Set.of("ue", "fat", "soa")));
    }

    @Test
    void relationshipOutsideTheWindowIsHiddenEvenWhenBothEndsShow() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1936, 1991);

        assertTrue(filters.visible().entityIds().containsAll(Set.of("ue", "fat")));
        assertFalse(filters.visible().relationshipIds().contains("r1"));
    }

    @Test
    void undatedItemsFollowTheToggle() {
        FilterViewModel filters = loaded(alliance());

        filters.includeUndatedProperty().set(false);

        assertFalse(filters.visible().entityIds().contains("owner"));
        assertFalse(filters.visible().relationshipIds().contains("r6"));
        filters.includeUndatedProperty().set(true);
        assertTrue(filters.visible().entityIds().contains("owner"));
    }

    @Test
    void statusLineCountsVisibleItemsAndNamesTheWindow() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1994, 1996);

        // ue, fat, soa, ana (to 1994-03), complaint (1994-02), owner (undated); r1, r2, r3, r4, r7
        assertEquals("6 of 7 entities, 5 of 7 relationships, 1994–1996", filters.statusLine());
    }

    @Test
    void windowIsClampedToTheSpan() {
        FilterViewModel filters = loaded(alliance());

        filters.setWindow(1900, 2050);

        assertEquals(1936, filters.window().firstYear());
        assertEquals(1999, filters.window().lastYear());
    }

    @Test
    void datasetWithoutDatesHasNoWindowInItsStatusLine() {
        FilterViewModel filters = loaded(new Datasets().entity("ue", EntityType.UNION, "UE", null, null));

        assertFalse(filters.datedProperty().get());
        assertEquals("1 of 1 entities, 0 of 0 relationships", filters.statusLine());
    }

    @Test
    void focusShowsOnlyTheGivenEntitiesAndShowAllBringsTheRestBack() {
        FilterViewModel filters = loaded(alliance());

        filters.focusOn(Set.of("ue", "fat"));
        assertEquals(Set.of("ue", "fat"), filters.visible().entityIds());
        assertEquals(Set.of("r1"), filters.visible().relationshipIds());

        filters.showAll();
        assertEquals(7, filters.visible().entityIds().size());
    }

    @Test
    void revealWidensTheWindowAndChecksTheTypeOfAHiddenEntity() {
        FilterViewModel filters = loaded(alliance());
        filters.setWindow(1936, 1990);
        filters.entityType(EntityType.CAMPAIGN).orElseThrow().setShown(false);

        filters.reveal("drive");

        assertTrue(filters.visible().entityIds().contains("drive"));
        assertEquals(1936, filters.window().firstYear());
        assertEquals(1999, filters.window().lastYear());
    }

    @Test
    void visibleSetAgreesWithGraphFilterForRandomWindows() {
        LoadedGraph graph = alliance().loaded();
        FilterViewModel filters = new FilterViewModel();
        filters.load(graph);
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int a = 1936 + random.nextInt(64);
            int b = 1936 + random.nextInt(64);
            filters.setWindow(a, b);
            filters.includeUndatedProperty().set(random.nextBoolean());
            GraphFilter filter = filters.filter();
            VisibleSet visible = graph.visible(filter, Optional.empty());
            for (Entity e : graph.entities()) {
                assertEquals(filter.admits(e), visible.entityIds().contains(e.id()), e.id() + " in " + filter);
            }
            for (Relationship r : graph.relationships()) {
                boolean ends = visible.entityIds().contains(r.from()) && visible.entityIds().contains(r.to());
                assertEquals(filter.admits(r, ends), visible.relationshipIds().contains(r.id()), r.id());
            }
        }
    }

    private static FilterViewModel loadedWithCap(Datasets data, int maxDrawn) {
        FilterViewModel filters = new FilterViewModel(maxDrawn);
        filters.load(data.loaded());
        return filters;
    }

    @Test
    void drawingCapKeepsTheMostConnectedEntitiesAndTheRelationshipsBetweenThem() {
        // fat has 4 relationships, ue 3, soa and drive 2 each: the tie goes to soa, first in the file.
        FilterViewModel filters = loadedWithCap(alliance(), 3);

        assertEquals(Set.of("fat", "ue", "soa"), filters.visible().entityIds());
        assertEquals(Set.of("r1", "r2", "r3"), filters.visible().relationshipIds());
    }

    @Test
    void drawingCapSaysHowManyPassTheFiltersAndHowToSeeTheRest() {
        FilterViewModel filters = loadedWithCap(alliance(), 3);

        assertEquals("Showing 3 of 7 entities: narrow the filters or the time window", filters.statusLine());
    }

    @Test
    void drawingCapChoosesAmongEntitiesThatPassTheFilters() {
        FilterViewModel filters = loadedWithCap(alliance(), 3);
        filters.entityType(EntityType.UNION).orElseThrow().setShown(false);

        assertEquals(Set.of("soa", "drive", "ana"), filters.visible().entityIds());
        assertEquals("Showing 3 of 5 entities: narrow the filters or the time window", filters.statusLine());
    }

    @Test
    void filtersNarrowerThanTheCapShowEverythingTheyAdmit() {
        FilterViewModel filters = loadedWithCap(alliance(), 3);
        filters.showOnlyEntityType(EntityType.UNION);

        assertEquals(Set.of("ue", "fat"), filters.visible().entityIds());
        assertEquals("2 of 7 entities, 1 of 7 relationships, 1936–1999", filters.statusLine());
    }

    @Test
    void networkHoldsTheWholeDatasetWhenItFitsUnderTheCap() {
        FilterViewModel filters = loadedWithCap(alliance(), 7);
        filters.showOnlyEntityType(EntityType.UNION);

        assertEquals(7, filters.contents().subgraph().entities().size());
        assertEquals(7, filters.contents().subgraph().relationships().size());
    }

    @Test
    void networkHoldsOnlyTheDrawnEntitiesAndAllRelationshipsAmongThemWhenCapped() {
        FilterViewModel filters = loadedWithCap(alliance(), 3);

        assertEquals(Set.of("fat", "ue", "soa"), ids(filters.contents()));
        assertEquals(Set.of("r1", "r2", "r3"),
                Set.copyOf(filters.contents().subgraph().relationships().stream().map(Relationship::id).toList()));
    }

    @Test
    void narrowingWithinWhatTheNetworkHoldsKeepsItsContents() {
        FilterViewModel filters = loadedWithCap(alliance(), 3);
        NetworkContents before = filters.contents();
        filters.showOnlyEntityType(EntityType.UNION);

        assertSame(before, filters.contents());
    }

    @Test
    void drawingAnEntityTheNetworkLacksRebuildsItsContentsAroundTheNewVisibleSet() {
        FilterViewModel filters = loadedWithCap(alliance(), 3);
        filters.entityType(EntityType.UNION).orElseThrow().setShown(false);

        assertEquals(Set.of("soa", "drive", "ana"), ids(filters.contents()));
        assertTrue(filters.contents().holds(filters.visible()));
    }

    private static Set<String> ids(NetworkContents contents) {
        return Set.copyOf(contents.subgraph().entities().stream().map(Entity::id).toList());
    }

    @Test
    void loadShowsWhatPrepareComputedAheadWithoutComputingItAgain() {
        LoadedGraph graph = alliance().loaded();
        FilterViewModel filters = new FilterViewModel(3);
        VisibleSet prepared = filters.prepare(graph);

        filters.load(graph);

        assertSame(prepared, filters.visible());
    }
}

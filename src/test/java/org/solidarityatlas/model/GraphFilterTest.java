package org.solidarityatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphFilterTest {

    private static Entity entity(EntityType type, String start, String end) {
        return new Entity("x", type, "X", List.of(), List.of(),
                start == null ? null : PartialDate.parse(start).orElseThrow(),
                end == null ? null : PartialDate.parse(end).orElseThrow(),
                null, List.of(), List.of());
    }

    private static GraphFilter window(int from, int to) {
        return GraphFilter.everything().withWindow(TimeWindow.ofYears(from, to));
    }

    @Test
    void itemEndingInTheWindowsFirstMonthIsShown() {
        assertTrue(window(1994, 1996).admits(entity(EntityType.UNION, "1980", "1994-03")));
    }

    @Test
    void itemEndingTheYearBeforeTheWindowIsHidden() {
        assertFalse(window(1994, 1996).admits(entity(EntityType.UNION, "1980", "1993-12-31")));
    }

    @Test
    void itemStartingTheDayAfterTheWindowIsHidden() {
        assertFalse(window(1994, 1996).admits(entity(EntityType.UNION, "1997-01-01", null)));
    }

    @Test
    void itemStartingOnTheWindowsLastDayIsShown() {
        assertTrue(window(1994, 1996).admits(entity(EntityType.UNION, "1996-12-31", null)));
    }

    @Test
    void ongoingItemIsShownInAnyLaterWindow() {
        assertTrue(window(2020, 2024).admits(entity(EntityType.UNION, "1936", null)));
    }

    @Test
    void eventWithoutEndLastsOnlyItsOwnPeriod() {
        Entity event = entity(EntityType.EVENT, "1994-02", null);
        assertTrue(window(1994, 1994).admits(event));
        assertFalse(window(1995, 2000).admits(event));
    }

    @Test
    void undatedItemsFollowTheUndatedToggle() {
        Entity undated = entity(EntityType.PERSON, null, null);
        assertTrue(window(1994, 1996).admits(undated));
        assertFalse(window(1994, 1996).withIncludeUndated(false).admits(undated));
    }

    @Test
    void itemWithOnlyAnEndCoversEverythingBeforeIt() {
        Entity old = entity(EntityType.ORGANIZATION, null, "1950");
        assertTrue(window(1900, 1910).admits(old));
        assertFalse(window(1951, 1960).admits(old));
    }

    @Test
    void uncheckedEntityTypeIsHidden() {
        GraphFilter noUnions = GraphFilter.everything().withEntityTypes(EnumSet.complementOf(EnumSet.of(EntityType.UNION)));
        assertFalse(noUnions.admits(entity(EntityType.UNION, "1990", null)));
        assertTrue(noUnions.admits(entity(EntityType.PERSON, "1990", null)));
    }

    @Test
    void relationshipNeedsBothEndsAndItsType() {
        Relationship partner = new Relationship("r", true, "partner_of", "a", "b", null,
                PartialDate.ofYear(1992), null, null, List.of());
        GraphFilter onlyMembership = GraphFilter.everything().withRelationshipTypes(Set.of("member_of"));
        assertTrue(GraphFilter.everything().admits(partner, true));
        assertFalse(GraphFilter.everything().admits(partner, false));
        assertFalse(onlyMembership.admits(partner, true));
    }

    @Test
    void lifespansReadAsWords() {
        assertEquals("1992 – present", entity(EntityType.ALLIANCE, "1992", null).lifespan().inWords());
        assertEquals("March 2019", entity(EntityType.EVENT, "2019-03", null).lifespan().inWords());
        assertEquals("1994 – 2020", entity(EntityType.ORGANIZATION, "1994", "2020").lifespan().inWords());
        assertEquals("undated", entity(EntityType.PERSON, null, null).lifespan().inWords());
    }
}

package org.solidarityatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.testing.Datasets;

/** The ids a visible set holds (kept as bits over the graph's items) behave as an ordinary unmodifiable set. */
class VisibleIdsTest {

    private final LoadedGraph graph = new Datasets()
            .entity("a", EntityType.UNION, "A", "1990", "1995")
            .entity("b", EntityType.UNION, "B", "2000", null)
            .entity("c", EntityType.ORGANIZATION, "C", null, null)
            .entity("d", EntityType.PERSON, "D", "1991", "1993")
            .relationship("ab", "partner_of", "a", "b", "1990", "2005")
            .relationship("ac", "funds", "a", "c", null, null)
            .relationship("ad", "member_of", "a", "d", "1991", "1992")
            .relationship("cd", "member_of", "c", "d", "1999", null)
            .loaded();

    private VisibleSet inTheNineties() {
        return graph.visible(GraphFilter.everything().withWindow(TimeWindow.ofYears(1990, 1995)), Optional.empty());
    }

    @Test
    void visibleIdsEqualTheShownIdsAsAnySetWould() {
        VisibleSet shown = inTheNineties();

        assertEquals(Set.of("a", "c", "d"), shown.entityIds());
        assertEquals(shown.entityIds(), new HashSet<>(List.of("a", "c", "d")));
        assertEquals(Set.of("a", "c", "d").hashCode(), shown.entityIds().hashCode());
        assertEquals(Set.of("ac", "ad"), shown.relationshipIds());
        assertEquals(List.of("a", "c", "d"), new ArrayList<>(shown.entityIds()));
    }

    @Test
    void visibleIdsAnswerMembershipByIdAndRefuseChanges() {
        Set<String> ids = inTheNineties().entityIds();

        assertTrue(ids.contains("d"));
        assertFalse(ids.contains("b"));
        assertFalse(ids.contains("no such id"));
        assertFalse(ids.contains(42));
        assertTrue(ids.containsAll(Set.of("a", "c")));
        assertFalse(ids.containsAll(Set.of("a", "b")));
        assertThrows(UnsupportedOperationException.class, () -> ids.add("b"));
    }

    @Test
    void visibleIdsOfTwoWindowsCompareByWhatTheyHold() {
        Set<String> nineties = inTheNineties().entityIds();
        Set<String> later = graph.visible(GraphFilter.everything().withWindow(TimeWindow.ofYears(2000, 2001)),
                Optional.empty()).entityIds();

        assertEquals(Set.of("b", "c"), later);
        assertFalse(nineties.containsAll(later));
        assertTrue(nineties.containsAll(graph.visible(GraphFilter.everything()
                .withWindow(TimeWindow.ofYears(1991, 1991)), Optional.empty()).entityIds()));
    }

    @Test
    void amongVisibleIdsIsAmongTheSameIdsGivenAsAHashSet() {
        Set<String> ids = inTheNineties().entityIds();

        assertEquals(graph.among(new HashSet<>(ids)), graph.among(ids));
        assertEquals(List.of("ac", "ad", "cd"),
                graph.among(ids).relationships().stream().map(r -> r.id()).toList());
    }
}

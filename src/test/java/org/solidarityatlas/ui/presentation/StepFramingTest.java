package org.solidarityatlas.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Datasets;

class StepFramingTest {

    /** A hub linked to four unions, one of them also linked to two others; and a stranger with no link. */
    private final Dataset star = new Datasets()
            .entity("hub", EntityType.ALLIANCE, "Hub", "1990", null)
            .entity("a", EntityType.UNION, "A", "1990", null)
            .entity("b", EntityType.UNION, "B", "1990", null)
            .entity("c", EntityType.UNION, "C", "1990", null)
            .entity("d", EntityType.UNION, "D", "1990", null)
            .entity("x", EntityType.PERSON, "X", "1990", null)
            .entity("stranger", EntityType.PERSON, "Stranger", "1990", null)
            .relationship("r1", "member_of", "a", "hub", "1990", null)
            .relationship("r2", "member_of", "b", "hub", "1990", null)
            .relationship("r3", "member_of", "c", "hub", "1990", null)
            .relationship("r4", "member_of", "d", "hub", "1990", null)
            .relationship("r5", "leads", "x", "a", "1990", null)
            .relationship("r6", "leads", "x", "b", "1990", null)
            .build();
    private final LoadedGraph graph = new LoadedGraph(star);
    private final VisibleItems everything = new VisibleItems(
            Set.of("hub", "a", "b", "c", "d", "x", "stranger"), Set.of("r1", "r2", "r3", "r4", "r5", "r6"));

    @Test
    void focusIsFramedWithTheNeighboursItIsLinkedTo() {
        StepFraming framing = StepFraming.of(graph, everything, Set.of("hub"), 12);
        assertEquals(Set.of("hub", "a", "b", "c", "d"), framing.entities());
        assertEquals(0, framing.leftOut());
    }

    @Test
    void tooManyNeighboursKeepTheMostConnectedAndCountTheRest() {
        StepFraming framing = StepFraming.of(graph, everything, Set.of("hub"), 2);
        // a and b have three links each, c and d one: c and d are left out.
        assertEquals(Set.of("hub", "a", "b"), framing.entities());
        assertEquals(2, framing.leftOut());
    }

    @Test
    void hiddenLinksBringNoNeighbour() {
        VisibleItems withoutMemberships = new VisibleItems(everything.entityIds(), Set.of("r5", "r6"));
        assertEquals(Set.of("hub"), StepFraming.of(graph, withoutMemberships, Set.of("hub"), 12).entities());
    }

    @Test
    void stepWithoutAShownFocusFramesAllItShows() {
        StepFraming framing = StepFraming.of(graph, everything, Set.of("gone"), 12);
        assertEquals(everything.entityIds(), framing.entities());
    }
}

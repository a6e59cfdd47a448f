package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.graph.TimeSpan;
import org.solidarityatlas.testing.StoryFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;

class ChangeSetTest {

    private final Dataset river = StoryFixtures.riverTowns();

    @Test
    void comparingTwoYearsListsWhatJoinedAndWhatLeft() {
        ChangeSet changes = ChangeSet.betweenYears(river, GraphFilter.everything(), 1993, 2002);
        assertEquals(Set.of("dockers"), changes.joinedEntities());
        assertEquals(Set.of("dockers-in-alliance"), changes.joinedRelationships());
        assertEquals(Set.of("millers", "strike-1993"), changes.leftEntities());
        assertEquals(Set.of("millers-in-alliance", "millers-strike"), changes.leftRelationships());
    }

    @Test
    void comparisonRespectsTheTypeFilter() {
        GraphFilter unionsOnly = GraphFilter.everything().withEntityTypes(Set.of(EntityType.UNION));
        ChangeSet changes = ChangeSet.betweenYears(river, unionsOnly, 1993, 2002);
        assertEquals(Set.of("millers"), changes.leftEntities());
        assertTrue(changes.leftRelationships().isEmpty());
    }

    @Test
    void sameYearChangesNothing() {
        assertTrue(ChangeSet.betweenYears(river, GraphFilter.everything(), 1993, 1993).isEmpty());
    }

    @Test
    void stepChangesAreWhatTimeChangedWithinTheNewStepsView() {
        var span = TimeSpan.of(river);
        StepView second = StepView.of(river.stories().get(0).steps().get(1), span);
        StepView third = StepView.of(river.stories().get(0).steps().get(2), span);
        ChangeSet changes = ChangeSet.forStep(river, second, third);
        assertEquals(Set.of("dockers"), changes.joinedEntities());
        assertEquals(Set.of("dockers-in-alliance"), changes.joinedRelationships());
        // Ana is hidden by the third step's types, not by time: she is not a change.
        assertEquals(Set.of("millers"), changes.leftEntities());
        assertEquals(Set.of("millers-in-alliance"), changes.leftRelationships());
    }
}

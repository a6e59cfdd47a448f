package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.graph.TimeSpan;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.testing.StoryFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;

class StepViewTest {

    private final Dataset river = StoryFixtures.riverTowns();

    private static StoryStep step(String from, String to) {
        return new StoryStep("t", null, null, PartialDate.parse(from).orElse(null), PartialDate.parse(to).orElse(null),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void datasetSpanCoversTheYearsWrittenInIt() {
        assertEquals(Optional.of(TimeWindow.ofYears(1975, 2005)), TimeSpan.of(river));
    }

    @Test
    void stepWithoutDatesShowsTheDatasetSpan() {
        StepView view = StepView.of(step(null, null), TimeSpan.of(river));
        assertEquals(Optional.of(TimeWindow.ofYears(1975, 2005)), view.window());
    }

    @Test
    void stepWithOnlyAStartRunsToTheEndOfTheSpan() {
        StepView view = StepView.of(step("1997-09", null), TimeSpan.of(river));
        assertEquals(new TimeWindow(LocalDate.of(1997, 9, 1), LocalDate.of(2005, 12, 31)), view.window().get());
    }

    @Test
    void partialDatesCoverTheirWholePeriod() {
        StepView view = StepView.of(step("1997-09", "1998-02"), TimeSpan.of(river));
        assertEquals(new TimeWindow(LocalDate.of(1997, 9, 1), LocalDate.of(1998, 2, 28)), view.window().get());
        assertEquals("1997–1998", view.yearsInWords());
    }

    @Test
    void stepShowsWhatItsWindowAdmitsAndRelationshipsOnlyWithBothEnds() {
        StepView first = StepView.of(river.stories().get(0).steps().get(0), TimeSpan.of(river));
        VisibleItems visible = first.visibleIn(river);
        assertEquals(Set.of("millers", "weavers", "ana", "archive"), visible.entityIds());
        assertEquals(Set.of("ana-leads-weavers"), visible.relationshipIds());
    }

    @Test
    void depthKeepsOnlyTheFocusAndItsNeighboursAtThatTime() {
        StepView second = StepView.of(river.stories().get(0).steps().get(1), TimeSpan.of(river));
        VisibleItems visible = second.visibleIn(river);
        assertEquals(Set.of("river-alliance", "millers", "weavers"), visible.entityIds());
        assertEquals(Set.of("millers-in-alliance", "weavers-in-alliance"), visible.relationshipIds());
    }

    @Test
    void typesOfAStepHideTheOthers() {
        StepView third = StepView.of(river.stories().get(0).steps().get(2), TimeSpan.of(river));
        VisibleItems visible = third.visibleIn(river);
        assertEquals(Set.of("weavers", "dockers", "river-alliance"), visible.entityIds());
        assertFalse(visible.entityIds().contains("ana"));
        assertTrue(third.filter().entityTypes().containsAll(Set.of(EntityType.UNION, EntityType.ALLIANCE)));
    }
}

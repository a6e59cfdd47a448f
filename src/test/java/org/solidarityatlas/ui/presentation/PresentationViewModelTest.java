package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.testing.StoryFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;

class PresentationViewModelTest {

    private final Dataset river = StoryFixtures.riverTowns();

    private PresentationViewModel presenting() {
        PresentationViewModel model = new PresentationViewModel();
        model.present(river, river.stories().get(0));
        return model;
    }

    @Test
    void presentingStartsAtTheFirstStepWithNothingMarked() {
        PresentationViewModel model = presenting();
        assertEquals(0, model.stepIndexProperty().get());
        assertEquals("Step 1 of 3", model.progressInWords());
        assertEquals("1985–1989", model.shown().view().yearsInWords());
        assertTrue(model.shown().changes().isEmpty());
    }

    @Test
    void nextShowsTheNextStepsWindowFocusAndDepth() {
        PresentationViewModel model = presenting();
        assertTrue(model.next());
        assertEquals("Step 2 of 3", model.progressInWords());
        assertEquals("1990–1994", model.shown().view().yearsInWords());
        assertEquals(List.of("river-alliance"), model.shown().view().focus());
        assertEquals(Set.of("river-alliance", "millers", "weavers"), model.shown().visible().entityIds());
    }

    @Test
    void nextOnTheLastStepStays() {
        PresentationViewModel model = presenting();
        assertTrue(model.last());
        assertFalse(model.next());
        assertEquals(2, model.stepIndexProperty().get());
    }

    @Test
    void previousOnTheFirstStepStays() {
        PresentationViewModel model = presenting();
        assertFalse(model.previous());
        assertEquals(0, model.stepIndexProperty().get());
    }

    @Test
    void stepMarksWhatJoinedAndWhatEndedSinceTheStepShownBefore() {
        PresentationViewModel model = presenting();
        model.next();
        model.next();
        ChangeSet changes = model.shown().changes();
        assertEquals(Set.of("dockers", "dockers-in-alliance"), changes.joinedIds());
        assertEquals(Set.of("millers", "millers-in-alliance"), changes.leftIds());
    }

    @Test
    void goingBackMarksTheReverseChanges() {
        PresentationViewModel model = presenting();
        model.last();
        model.previous();
        assertTrue(model.shown().changes().joinedIds().contains("millers"));
        assertTrue(model.shown().changes().leftIds().contains("dockers"));
    }

    @Test
    void bundledStoryHasAWindowAtEveryStep() {
        Dataset bundled = StoryFixtures.bundled();
        PresentationViewModel model = new PresentationViewModel();
        model.present(bundled, bundled.stories().get(0));
        assertEquals("1930–1969", model.shown().view().yearsInWords());
        model.last();
        assertEquals("2022", model.shown().view().yearsInWords());
        assertEquals("Step 12 of 12", model.progressInWords());
    }
}

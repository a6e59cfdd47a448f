package org.solidarityatlas.ui.stories;

import org.solidarityatlas.testing.StoryFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;

class StoryEditTest {

    private final StoryDocument document = new StoryDocument(StoryFixtures.riverTowns(), Optional.empty());
    private final EditHistory history = new EditHistory();

    private List<String> titles() {
        return document.requireStory("river").steps().stream().map(StoryStep::title).toList();
    }

    private static final List<String> ORIGINAL = List.of("Before the alliance", "The alliance forms", "New members");

    private StoryStep captured() {
        GraphFilter filter = GraphFilter.everything().withEntityTypes(Set.of(EntityType.UNION))
                .withWindow(TimeWindow.ofYears(1993, 1996));
        return StepCapture.capture("Unions in the nineties", filter, List.of("weavers"), Optional.of(2));
    }

    @Test
    void addingAStepFromTheViewCapturesWindowTypesFocusAndDepth() {
        history.run(new AddStep(document, "river", 1, captured()));
        StoryStep added = document.requireStory("river").steps().get(1);
        assertEquals(PartialDate.ofYear(1993), added.from());
        assertEquals(PartialDate.ofYear(1996), added.to());
        assertEquals(Optional.of(Set.of(EntityType.UNION)), added.types());
        assertEquals(List.of("weavers"), added.focus());
        assertEquals(Optional.of(2), added.depth());
    }

    @Test
    void capturingWithEveryTypeShownLeavesTypesOut() {
        StoryStep step = StepCapture.capture("All", GraphFilter.everything(), List.of(), Optional.empty());
        assertEquals(Optional.empty(), step.types());
        assertEquals(null, step.from());
    }

    @Test
    void addUndoRedo() {
        history.run(new AddStep(document, "river", 3, captured()));
        assertEquals(4, titles().size());
        assertTrue(history.undo());
        assertEquals(ORIGINAL, titles());
        assertTrue(history.redo());
        assertEquals("Unions in the nineties", titles().get(3));
    }

    @Test
    void editTextUndoRedo() {
        history.run(new EditStepText(document, "river", 0, "Two unions", "On one river.", "Pause here."));
        StoryStep edited = document.requireStory("river").steps().get(0);
        assertEquals("Two unions", edited.title());
        assertEquals("On one river.", edited.text());
        assertEquals("Pause here.", edited.notes());
        assertEquals(List.of("millers", "weavers"), edited.focus());
        history.undo();
        assertEquals("Two unions on one river.", document.requireStory("river").steps().get(0).text());
        history.redo();
        assertEquals("Two unions", titles().get(0));
    }

    @Test
    void editingToABlankTitleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EditStepText(document, "river", 0, " ", "x", null));
    }

    @Test
    void moveUndoRedo() {
        history.run(new MoveStep(document, "river", 2, 0));
        assertEquals(List.of("New members", "Before the alliance", "The alliance forms"), titles());
        history.undo();
        assertEquals(ORIGINAL, titles());
        history.redo();
        assertEquals("New members", titles().get(0));
    }

    @Test
    void duplicateUndoRedo() {
        history.run(new DuplicateStep(document, "river", 1));
        assertEquals(List.of("Before the alliance", "The alliance forms", "The alliance forms", "New members"),
                titles());
        history.undo();
        assertEquals(ORIGINAL, titles());
        history.redo();
        assertEquals(4, titles().size());
    }

    @Test
    void deleteUndoRedo() {
        history.run(new DeleteStep(document, "river", 0));
        assertEquals(List.of("The alliance forms", "New members"), titles());
        history.undo();
        assertEquals(ORIGINAL, titles());
        history.redo();
        assertEquals(2, titles().size());
    }

    @Test
    void addingAStoryThenUndoingRemovesIt() {
        history.run(new AddStory(document, new Story("second", "Second", null, List.of())));
        assertEquals(2, document.dataset().stories().size());
        history.undo();
        assertEquals(1, document.dataset().stories().size());
    }

    @Test
    void undoesInReverseOrderAndANewEditDropsTheRedos() {
        history.run(new DeleteStep(document, "river", 0));
        history.run(new MoveStep(document, "river", 1, 0));
        assertEquals("Undo move step", history.undoText());
        history.undo();
        history.undo();
        assertEquals(ORIGINAL, titles());
        assertTrue(history.canRedoProperty().get());
        history.run(new DuplicateStep(document, "river", 0));
        assertFalse(history.canRedoProperty().get());
        assertFalse(history.redo());
    }

    @Test
    void modifiedUntilSavedAndAgainAfterUndoingPastTheSave() {
        assertFalse(history.modifiedProperty().get());
        history.run(new DeleteStep(document, "river", 0));
        assertTrue(history.modifiedProperty().get());
        history.markSaved();
        assertFalse(history.modifiedProperty().get());
        history.undo();
        assertTrue(history.modifiedProperty().get());
        history.redo();
        assertFalse(history.modifiedProperty().get());
    }

    @Test
    void editsLeaveEverythingElseOfTheDatasetAlone() {
        var before = document.dataset();
        history.run(new MoveStep(document, "river", 0, 2));
        assertEquals(before.entities(), document.dataset().entities());
        assertEquals(before.relationships(), document.dataset().relationships());
        assertEquals(before.title(), document.dataset().title());
    }
}

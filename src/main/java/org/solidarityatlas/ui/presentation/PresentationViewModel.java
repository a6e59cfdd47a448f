package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleItems;

import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;

/**
 * Where a presentation is: the story, the step shown, the view it asks for and what changed since the step shown
 * before it. The presentation window draws this and animates between consecutive states.
 */
public final class PresentationViewModel {

    /** One shown step: what it asks for, what it shows, and what changed since the one shown before. */
    public record Shown(int index, StoryStep step, StepView view, VisibleItems visible, ChangeSet changes) {
    }

    private LoadedGraph graph;
    private Optional<TimeWindow> span = Optional.empty();
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();

    /** Starts a story at its first step. */
    public void present(LoadedGraph newGraph, Story newStory) {
        if (newStory.steps().isEmpty()) {
            throw new IllegalArgumentException("story " + newStory.id() + " has no steps to present");
        }
        graph = newGraph;
        span = newGraph.span();
        story.set(newStory);
        shown.set(null);
        go(0);
    }

    public boolean next() {
        return go(stepIndex.get() + 1);
    }

    public boolean previous() {
        return go(stepIndex.get() - 1);
    }

    public boolean first() {
        return go(0);
    }

    public boolean last() {
        return go(stepCount() - 1);
    }

    /** Shows step {@code index}; false (and nothing changes) when there is no such step or it is already shown. */
    public boolean go(int index) {
        if (story.get() == null || index < 0 || index >= stepCount() || index == stepIndex.get()
                && shown.get() != null) {
            return false;
        }
        StoryStep step = story.get().steps().get(index);
        StepView view = StepView.of(step, span);
        VisibleItems visible = view.visibleIn(graph);
        // Marks tell the room what history changed since the story's previous step, whichever way the presenter
        // moves: going back from step 3 to step 2 shows what changed from step 1, never "ended" for what has not
        // begun yet.
        ChangeSet changes = index == 0 ? ChangeSet.NONE
                : ChangeSet.forStep(graph, StepView.of(story.get().steps().get(index - 1), span), view);
        stepIndex.set(index);
        shown.set(new Shown(index, step, view, visible, changes));
        return true;
    }

    public int stepCount() {
        return story.get() == null ? 0 : story.get().steps().size();
    }

    /** "Step 3 of 9". */
    public String progressInWords() {
        return Texts.get("present.progress", stepIndex.get() + 1, stepCount());

    }

    public Dataset dataset() {
        return graph.dataset();
    }

    public Optional<TimeWindow> span() {
        return span;
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Shown shown() {
        return shown.get();
    }
}

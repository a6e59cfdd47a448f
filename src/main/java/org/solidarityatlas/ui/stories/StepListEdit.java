package org.solidarityatlas.ui.stories;

import java.util.ArrayList;
import java.util.List;
import org.solidarityatlas.model.StoryStep;

/** An edit of one story's steps: the steps before are kept, so undo puts them back exactly. */
abstract class StepListEdit implements StoryEdit {

    private final StoryDocument document;
    private final String storyId;
    private List<StoryStep> before;

    StepListEdit(StoryDocument document, String storyId) {
        this.document = document;
        this.storyId = storyId;
        document.requireStory(storyId);
    }

    /** The new steps; {@code steps} is a copy the edit may change. */
    abstract void change(List<StoryStep> steps);

    @Override
    public final void execute() {
        before = document.requireStory(storyId).steps();
        List<StoryStep> steps = new ArrayList<>(before);
        change(steps);
        document.setSteps(storyId, steps);
    }

    @Override
    public final void undo() {
        if (before == null) {
            throw new IllegalStateException("undo before execute");
        }
        document.setSteps(storyId, before);
    }

    static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("no step " + (index + 1) + " in a story of " + size);
        }
    }
}

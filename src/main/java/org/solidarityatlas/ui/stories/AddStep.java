package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.util.List;
import org.solidarityatlas.model.StoryStep;

/** Inserts a step at a position (the end when it equals the number of steps). */
public final class AddStep extends StepListEdit {

    private final int index;
    private final StoryStep step;

    public AddStep(StoryDocument document, String storyId, int index, StoryStep step) {
        super(document, storyId);
        this.index = index;
        this.step = step;
    }

    @Override
    void change(List<StoryStep> steps) {
        if (index < 0 || index > steps.size()) {
            throw new IndexOutOfBoundsException("cannot add a step at " + (index + 1) + " of " + steps.size());
        }
        steps.add(index, step);
    }

    @Override
    public String description() {
        return Texts.get("edit.addStep");
    }
}

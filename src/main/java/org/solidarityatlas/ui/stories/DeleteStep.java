package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.util.List;
import org.solidarityatlas.model.StoryStep;

/** Removes a step. */
public final class DeleteStep extends StepListEdit {

    private final int index;

    public DeleteStep(StoryDocument document, String storyId, int index) {
        super(document, storyId);
        this.index = index;
    }

    @Override
    void change(List<StoryStep> steps) {
        checkIndex(index, steps.size());
        steps.remove(index);
    }

    @Override
    public String description() {
        return Texts.get("edit.deleteStep");
    }
}

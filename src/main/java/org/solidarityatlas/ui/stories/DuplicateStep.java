package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.util.List;
import org.solidarityatlas.model.StoryStep;

/** Puts a copy of a step right after it, to start a variant of the same view. */
public final class DuplicateStep extends StepListEdit {

    private final int index;

    public DuplicateStep(StoryDocument document, String storyId, int index) {
        super(document, storyId);
        this.index = index;
    }

    @Override
    void change(List<StoryStep> steps) {
        checkIndex(index, steps.size());
        steps.add(index + 1, steps.get(index));
    }

    @Override
    public String description() {
        return Texts.get("edit.duplicateStep");
    }
}

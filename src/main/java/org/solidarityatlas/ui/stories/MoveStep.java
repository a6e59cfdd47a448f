package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.util.List;
import org.solidarityatlas.model.StoryStep;

/** Moves the step at {@code from} so that it ends up at {@code to} (a drag in the steps list). */
public final class MoveStep extends StepListEdit {

    private final int from;
    private final int to;

    public MoveStep(StoryDocument document, String storyId, int from, int to) {
        super(document, storyId);
        this.from = from;
        this.to = to;
    }

    @Override
    void change(List<StoryStep> steps) {
        checkIndex(from, steps.size());
        checkIndex(to, steps.size());
        steps.add(to, steps.remove(from));
    }

    @Override
    public String description() {
        return Texts.get("edit.moveStep");
    }
}

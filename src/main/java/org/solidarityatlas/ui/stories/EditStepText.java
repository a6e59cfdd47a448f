package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.util.List;
import org.solidarityatlas.model.StoryStep;

/** Changes what a step says: its title, the text the audience reads and the presenter's notes. */
public final class EditStepText extends StepListEdit {

    private final int index;
    private final String title;
    private final String text;
    private final String notes;

    public EditStepText(StoryDocument document, String storyId, int index, String title, String text,
            String notes) {
        super(document, storyId);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a step needs a title");
        }
        this.index = index;
        this.title = title.strip();
        this.text = blankToNull(text);
        this.notes = blankToNull(notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    void change(List<StoryStep> steps) {
        checkIndex(index, steps.size());
        StoryStep s = steps.get(index);
        steps.set(index, s.withTexts(title, text, notes));
    }

    @Override
    public String description() {
        return Texts.get("edit.editStep");
    }
}

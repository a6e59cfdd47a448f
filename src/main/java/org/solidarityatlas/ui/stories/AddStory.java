package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.model.Story;

/** Adds a new story (a dataset without any needs one before steps can be added). */
public final class AddStory implements StoryEdit {

    private final StoryDocument document;
    private final Story story;

    public AddStory(StoryDocument document, Story story) {
        if (document.story(story.id()).isPresent()) {
            throw new IllegalArgumentException("there is already a story " + story.id());
        }
        this.document = document;
        this.story = story;
    }

    @Override
    public void execute() {
        document.putStory(story);
    }

    @Override
    public void undo() {
        document.removeStory(story.id());
    }

    @Override
    public String description() {
        return Texts.get("edit.addStory");
    }
}

package org.solidarityatlas.model;

import java.util.List;

/** A told history: an ordered list of steps, each a view of the network at a time; translations hold title and description. */
public record Story(String id, String title, String description, List<StoryStep> steps, Translations translations) {

    public Story {
        Require.text(id, "story id");
        Require.text(title, "story title");
        steps = Require.list(steps);
        translations = Translations.orNone(translations);
    }

    /** A story whose title and description are not translated. */
    public Story(String id, String title, String description, List<StoryStep> steps) {
        this(id, title, description, steps, Translations.NONE);
    }

    /** The same story, its translations kept, with other steps. */
    public Story withSteps(List<StoryStep> newSteps) {
        return new Story(id, title, description, newSteps, translations);
    }
}

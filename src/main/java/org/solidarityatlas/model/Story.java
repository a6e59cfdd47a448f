package org.solidarityatlas.model;

import java.util.List;

/** A told history: an ordered list of steps, each a view of the network at a time. */
public record Story(String id, String title, String description, List<StoryStep> steps) {

    public Story {
        Require.text(id, "story id");
        Require.text(title, "story title");
        steps = Require.list(steps);
    }
}

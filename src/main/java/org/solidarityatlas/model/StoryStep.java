package org.solidarityatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One step of a story: what the audience reads, what the presenter sees, and the view it shows.
 *
 * @param from              start of the time window, null for the dataset's beginning
 * @param to                end of the time window, null for the dataset's end
 * @param focus             entity ids to centre and highlight
 * @param types             entity types shown; empty optional means all
 * @param relationshipTypes relationship types shown; empty optional means all
 * @param depth             show only the focus and its neighbours to this depth; empty means everything
 */
public record StoryStep(
        String title,
        String text,
        String notes,
        PartialDate from,
        PartialDate to,
        List<String> focus,
        Optional<Set<EntityType>> types,
        Optional<Set<String>> relationshipTypes,
        Optional<Integer> depth) {

    public StoryStep {
        Require.text(title, "step title");
        focus = Require.list(focus);
        types = types == null ? Optional.empty() : types.map(Set::copyOf);
        relationshipTypes = relationshipTypes == null ? Optional.empty() : relationshipTypes.map(Set::copyOf);
        depth = depth == null ? Optional.empty() : depth;
    }
}

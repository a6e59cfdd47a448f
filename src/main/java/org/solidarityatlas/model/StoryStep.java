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
 * @param translations      title, text and notes in other languages
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
        Optional<Integer> depth,
        Translations translations) {

    public StoryStep {
        Require.text(title, "step title");
        focus = Require.list(focus);
        types = types == null ? Optional.empty() : types.map(Set::copyOf);
        relationshipTypes = relationshipTypes == null ? Optional.empty() : relationshipTypes.map(Set::copyOf);
        depth = depth == null ? Optional.empty() : depth;
        translations = Translations.orNone(translations);
    }

    /** A step whose texts are not translated. */
    public StoryStep(String title, String text, String notes, PartialDate from, PartialDate to, List<String> focus,
            Optional<Set<EntityType>> types, Optional<Set<String>> relationshipTypes, Optional<Integer> depth) {
        this(title, text, notes, from, to, focus, types, relationshipTypes, depth, Translations.NONE);
    }

    /**
     * The same view with new texts in the dataset's language. The translations are kept: an edit of the base text
     * does not throw away work done in another language.
     */
    public StoryStep withTexts(String newTitle, String newText, String newNotes) {
        return new StoryStep(newTitle, newText, newNotes, from, to, focus, types, relationshipTypes, depth,
                translations);
    }
}

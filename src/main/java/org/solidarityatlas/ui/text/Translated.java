package org.solidarityatlas.ui.text;

import java.util.List;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;

import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.Translations;

/**
 * A dataset's own texts in the window's language where the dataset has them, the base text where it does not:
 * names, aliases and descriptions of entities, roles and descriptions of relationships, stories and their steps.
 */
public final class Translated {

    private Translated() {
    }

    public static String title(Dataset dataset) {
        return text(dataset.translations(), "title", dataset.title());
    }

    public static String title(Source source) {
        return text(source.translations(), "title", source.title());
    }

    public static String note(Source source) {
        return text(source.translations(), "note", source.note());
    }

    public static String name(Entity entity) {
        return text(entity.translations(), "name", entity.name());
    }

    /** The shortest of the name and the aliases in the language, for labels on a crowded network. */
    public static String shortLabel(Entity entity) {
        String best = name(entity);
        for (String alias : aliases(entity)) {
            if (!alias.isBlank() && alias.length() < best.length()) {
                best = alias;
            }
        }
        return best;
    }

    public static List<String> aliases(Entity entity) {
        List<String> translated = entity.translations().aliases(Texts.language());
        return translated.isEmpty() ? entity.aliases() : translated;
    }

    public static String description(Entity entity) {
        return text(entity.translations(), "description", entity.description());
    }

    public static String role(Relationship relationship) {
        return text(relationship.translations(), "role", relationship.role());
    }

    public static String description(Relationship relationship) {
        return text(relationship.translations(), "description", relationship.description());
    }

    public static String title(Story story) {
        return text(story.translations(), "title", story.title());
    }

    public static String title(StoryStep step) {
        return text(step.translations(), "title", step.title());
    }

    public static String text(StoryStep step) {
        return text(step.translations(), "text", step.text());
    }

    public static String notes(StoryStep step) {
        return text(step.translations(), "notes", step.notes());
    }

    private static String text(Translations translations, String field, String base) {
        return translations.text(Texts.language(), field).orElse(base);
    }
}

package org.solidarityatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole dataset as a file holds it; {@code stories} is empty for datasets without any. {@code translations}
 * holds the title and description in other languages.
 */
public record Dataset(
        String title,
        String description,
        String language,
        List<Source> sources,
        List<Entity> entities,
        List<Relationship> relationships,
        List<Story> stories,
        Translations translations) {

    public static final String DEFAULT_LANGUAGE = "en";

    public Dataset {
        Require.text(title, "dataset title");
        language = language == null ? DEFAULT_LANGUAGE : language;
        sources = Require.list(sources);
        entities = Require.list(entities);
        relationships = Require.list(relationships);
        stories = Require.list(stories);
        translations = Translations.orNone(translations);
    }

    /** A dataset whose title and description are not translated. */
    public Dataset(String title, String description, String language, List<Source> sources, List<Entity> entities,
            List<Relationship> relationships, List<Story> stories) {
        this(title, description, language, sources, entities, relationships, stories, Translations.NONE);
    }

    /** The same dataset with other stories. */
    public Dataset withStories(List<Story> newStories) {
        return new Dataset(title, description, language, sources, entities, relationships, newStories, translations);
    }

    /** The same title, sources and stories with other entities and relationships (a window of a bigger one). */
    public Dataset withItems(List<Entity> newEntities, List<Relationship> newRelationships) {
        return new Dataset(title, description, language, sources, newEntities, newRelationships, stories,
                translations);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}

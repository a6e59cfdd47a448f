package org.solidarityatlas.model;

import java.util.List;
import java.util.Optional;

/** A whole dataset as a file holds it; {@code stories} is empty for datasets without any. */
public record Dataset(
        String title,
        String description,
        String language,
        List<Source> sources,
        List<Entity> entities,
        List<Relationship> relationships,
        List<Story> stories) {

    public static final String DEFAULT_LANGUAGE = "en";

    public Dataset {
        Require.text(title, "dataset title");
        language = language == null ? DEFAULT_LANGUAGE : language;
        sources = Require.list(sources);
        entities = Require.list(entities);
        relationships = Require.list(relationships);
        stories = Require.list(stories);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}

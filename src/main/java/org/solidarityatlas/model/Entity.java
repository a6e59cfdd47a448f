package org.solidarityatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A union, alliance, person, campaign, organization or event. Optional text fields are null when absent;
 * {@code translations} holds the name, aliases and description in other languages.
 */
public record Entity(
        String id,
        EntityType type,
        String name,
        List<String> aliases,
        List<String> countries,
        PartialDate start,
        PartialDate end,
        String description,
        List<String> sources,
        List<String> tags,
        Translations translations) {

    public Entity {
        Require.text(id, "entity id");
        Objects.requireNonNull(type, "entity type");
        Require.text(name, "entity name");
        aliases = Require.list(aliases);
        countries = Require.list(countries);
        sources = Require.list(sources);
        tags = Require.list(tags);
        translations = Translations.orNone(translations);
    }

    /** An entity without translations. */
    public Entity(String id, EntityType type, String name, List<String> aliases, List<String> countries,
            PartialDate start, PartialDate end, String description, List<String> sources, List<String> tags) {
        this(id, type, name, aliases, countries, start, end, description, sources, tags, Translations.NONE);
    }

    public Lifespan lifespan() {
        return type == EntityType.EVENT ? Lifespan.ofEvent(start, end) : Lifespan.of(start, end);
    }

    /** The shortest of the name and the aliases, for labels on a crowded network. */
    public String shortLabel() {
        String best = name;
        for (String alias : aliases) {
            if (!alias.isBlank() && alias.length() < best.length()) {
                best = alias;
            }
        }
        return best;
    }
}

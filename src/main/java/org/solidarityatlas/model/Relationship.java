package org.solidarityatlas.model;

import java.util.List;

/**
 * A directed, typed link between two entities. {@code idGiven} is false when the dataset did not name the
 * relationship and the id was assigned, so that writing the dataset back leaves it out again. {@code translations}
 * holds the role and description in other languages.
 */
public record Relationship(
        String id,
        boolean idGiven,
        String type,
        String from,
        String to,
        String role,
        PartialDate start,
        PartialDate end,
        String description,
        List<String> sources,
        Translations translations) {

    public Relationship {
        Require.text(id, "relationship id");
        Require.text(type, "relationship type");
        Require.text(from, "relationship from");
        Require.text(to, "relationship to");
        sources = Require.list(sources);
        translations = Translations.orNone(translations);
    }

    /** A relationship without translations. */
    public Relationship(String id, boolean idGiven, String type, String from, String to, String role,
            PartialDate start, PartialDate end, String description, List<String> sources) {
        this(id, idGiven, type, from, to, role, start, end, description, sources, Translations.NONE);
    }

    public Lifespan lifespan() {
        return Lifespan.of(start, end);
    }

    /** The end that is not {@code entityId}. */
    public String otherEnd(String entityId) {
        return from.equals(entityId) ? to : from;
    }

    /** "partner of" for "partner_of". */
    public String typeInWords() {
        return type.replace('_', ' ');
    }
}

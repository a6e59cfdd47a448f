package org.solidarityatlas.model;

import java.util.Locale;
import java.util.Optional;

/** The six kinds of entity a dataset can hold; {@link #id()} is the spelling used in files. */
public enum EntityType {
    UNION, ALLIANCE, PERSON, CAMPAIGN, ORGANIZATION, EVENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A human label, e.g. "Union". */
    public String label() {
        String id = id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    public static Optional<EntityType> fromId(String id) {
        for (EntityType type : values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

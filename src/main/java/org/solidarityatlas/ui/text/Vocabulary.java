package org.solidarityatlas.ui.text;

import java.util.Locale;
import java.util.MissingResourceException;
import org.solidarityatlas.model.EntityType;

/**
 * Entity types and the core relationship verbs in the window's language: "Sindicato", "miembro de". A relationship
 * type outside the core (the vocabulary is open) shows as written, its underscores read as spaces.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** "Union" / "Sindicato". */
    public static String of(EntityType type) {
        return of(type, Texts.locale());
    }

    public static String of(EntityType type, Locale locale) {
        return Texts.format(locale, "entityType." + type.id());
    }


    /** "partner of" / "aliado de"; "helps_out" as "helps out" in any language. */
    public static String relationship(String type) {
        return relationship(type, Texts.locale());
    }

    public static String relationship(String type, Locale locale) {
        try {
            return Texts.bundle(locale).getString("relationshipType." + type);
        } catch (MissingResourceException notCore) {
            return type.replace('_', ' ');
        }
    }
}

package org.solidarityatlas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An item's texts in languages other than the dataset's own, keyed by BCP 47 tag as the file writes it, in the
 * file's order. The base fields of the item stay in the dataset's language; a language or field not given here
 * falls back to them.
 */
public record Translations(Map<String, Translation> byLanguage) {

    public static final Translations NONE = new Translations(Map.of());

    public Translations {
        Objects.requireNonNull(byLanguage, "translations");
        byLanguage.forEach((tag, translation) -> {
            Require.text(tag, "language tag");
            Objects.requireNonNull(translation, "translation");
        });
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** Null stands for none, so that records can take an absent value. */
    static Translations orNone(Translations translations) {
        return translations == null ? NONE : translations;
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The field's text in the language, when given. */
    public Optional<String> text(String language, String field) {
        Translation translation = byLanguage.get(language);
        return translation == null ? Optional.empty() : translation.text(field);
    }

    /** The aliases in the language; empty when none are given. */
    public List<String> aliases(String language) {
        Translation translation = byLanguage.get(language);
        return translation == null ? List.of() : translation.aliases();
    }
}

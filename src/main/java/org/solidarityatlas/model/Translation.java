package org.solidarityatlas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An item's texts in one language: translatable text fields by name ({@code "name"}, {@code "description"}, …)
 * and, for entities, the aliases. Which fields an item may translate is the format's business, not the model's.
 */
public record Translation(Map<String, String> texts, List<String> aliases) {

    public Translation {
        Objects.requireNonNull(texts, "translated texts");
        texts.forEach((field, text) -> Require.text(text, "translated " + field));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        aliases = Require.list(aliases);
    }

    public Optional<String> text(String field) {
        return Optional.ofNullable(texts.get(field));
    }

    public boolean isEmpty() {
        return texts.isEmpty() && aliases.isEmpty();
    }
}

package org.solidarityatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Translations;

/**
 * One exported property of an entity or a relationship, as text. Lists are joined with {@value #LIST_SEPARATOR}
 * and dates keep the partial ISO form they were written in. The value is null when the item lacks the property.
 */
record Property<T>(String name, Function<T, String> value) {

    static final String LIST_SEPARATOR = "; ";

    static final List<Property<Entity>> ENTITY = List.of(
            new Property<>("type", e -> e.type().id()),
            new Property<>("name", Entity::name),
            new Property<>("aliases", e -> joined(e.aliases())),
            new Property<>("countries", e -> joined(e.countries())),
            new Property<>("start", e -> written(e.start())),
            new Property<>("end", e -> written(e.end())),
            new Property<>("description", Entity::description),
            new Property<>("sources", e -> joined(e.sources())),
            new Property<>("tags", e -> joined(e.tags())));

    static final List<Property<Relationship>> RELATIONSHIP = List.of(
            new Property<>("id", Relationship::id),
            new Property<>("type", Relationship::type),
            new Property<>("role", Relationship::role),
            new Property<>("start", r -> written(r.start())),
            new Property<>("end", r -> written(r.end())),
            new Property<>("description", Relationship::description),
            new Property<>("sources", r -> joined(r.sources())));

    /** The entity properties, then name, aliases and description for each language the dataset translates into. */
    static List<Property<Entity>> entity(Dataset dataset) {
        List<Property<Entity>> properties = new ArrayList<>(ENTITY);
        for (String language : languages(dataset.entities(), Entity::translations)) {
            properties.add(translated("name", language, Entity::translations));
            properties.add(new Property<>("aliases_" + language, e -> joined(e.translations().aliases(language))));
            properties.add(translated("description", language, Entity::translations));
        }
        return properties;
    }

    /** The relationship properties, then role and description for each language the dataset translates into. */
    static List<Property<Relationship>> relationship(Dataset dataset) {
        List<Property<Relationship>> properties = new ArrayList<>(RELATIONSHIP);
        for (String language : languages(dataset.relationships(), Relationship::translations)) {
            properties.add(translated("role", language, Relationship::translations));
            properties.add(translated("description", language, Relationship::translations));
        }
        return properties;
    }

    /** A translated field as {@code field_language}, e.g. {@code name_es}: a name every graph tool accepts. */
    static <T> Property<T> translated(String field, String language, Function<T, Translations> translations) {
        return new Property<>(field + "_" + language,
                item -> translations.apply(item).text(language, field).orElse(null));
    }

    /** The languages the items are translated into, in the order they first appear. */
    static <T> Set<String> languages(List<T> items, Function<T, Translations> translations) {
        Set<String> languages = new LinkedHashSet<>();
        for (T item : items) {
            languages.addAll(translations.apply(item).languages());
        }
        return languages;
    }

    Property {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
    }

    /** The value for this item, or null when it has none (absent, or an empty list or text). */
    String of(T item) {
        String text = value.apply(item);
        return text == null || text.isEmpty() ? null : text;
    }

    /** The same property under another name, for formats whose readers reserve this one. */
    Property<T> renamed(String newName) {
        return new Property<>(newName, value);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }

    private static String written(PartialDate date) {
        return date == null ? null : date.toString();
    }
}

package org.solidarityatlas.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;

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

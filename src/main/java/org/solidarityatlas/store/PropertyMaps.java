package org.solidarityatlas.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.Translation;
import org.solidarityatlas.model.Translations;

/**
 * How model records are stored as node and relationship properties, and read back from property maps.
 * Dates are kept twice: as written ({@code start}, {@code end}: the partial ISO form) for exact export, and as
 * the interval of days they cover ({@code firstDay}, {@code lastDay}: Neo4j dates, open ends at the far bounds of
 * {@link Lifespan}, both absent when undated) so that the time filter is one indexed range query.
 * {@code ordinal} keeps the order of the imported file. Translations are kept as one property per translated field
 * and language, {@code name@es}, {@code aliases@es}, with {@code translations} listing the languages in the file's
 * order; an entity's translated names and aliases are also gathered in {@code translatedNames} for the full-text
 * index, so that search finds it in any language.
 */
final class PropertyMaps {

    /** The property listing an item's translation languages in order. */
    static final String TRANSLATION_LANGUAGES = "translations";
    /** An entity's names and aliases in every translation, for the full-text index. */
    static final String TRANSLATED_NAMES = "translatedNames";

    private PropertyMaps() {
    }

    static Map<String, Object> of(Entity entity, int ordinal) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", entity.id());
        properties.put("type", entity.type().id());
        properties.put("name", entity.name());
        properties.put("aliases", entity.aliases());
        properties.put("countries", entity.countries());
        putDates(properties, entity.start(), entity.end(), entity.lifespan());
        properties.put("description", entity.description());
        properties.put("sources", entity.sources());
        properties.put("tags", entity.tags());
        properties.put("ordinal", ordinal);
        putTranslations(properties, entity.translations());
        properties.put(TRANSLATED_NAMES, translatedNames(entity.translations()));
        return properties;
    }

    static Map<String, Object> of(Relationship relationship, int ordinal) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", relationship.id());
        properties.put("idGiven", relationship.idGiven());
        properties.put("type", relationship.type());
        properties.put("role", relationship.role());
        putDates(properties, relationship.start(), relationship.end(), relationship.lifespan());
        properties.put("description", relationship.description());
        properties.put("sources", relationship.sources());
        properties.put("ordinal", ordinal);
        putTranslations(properties, relationship.translations());
        return properties;
    }

    static Map<String, Object> of(Source source, int ordinal) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", source.id());
        properties.put("title", source.title());
        properties.put("author", source.author());
        properties.put("publisher", source.publisher());
        properties.put("date", source.date());
        properties.put("url", source.url());
        properties.put("note", source.note());
        properties.put("ordinal", ordinal);
        putTranslations(properties, source.translations());
        return properties;
    }

    static Map<String, Object> of(Story story, int ordinal) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", story.id());
        properties.put("title", story.title());
        properties.put("description", story.description());
        properties.put("ordinal", ordinal);
        putTranslations(properties, story.translations());
        return properties;
    }

    /** A step is kept on its own node, tied to its story by id; absent optionals stay absent, not empty lists. */
    static Map<String, Object> of(StoryStep step, String storyId, int ordinal) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("story", storyId);
        properties.put("ordinal", ordinal);
        properties.put("title", step.title());
        properties.put("text", step.text());
        properties.put("notes", step.notes());
        properties.put("from", written(step.from()));
        properties.put("to", written(step.to()));
        properties.put("focus", step.focus());
        properties.put("types", step.types().map(types -> types.stream().map(EntityType::id).sorted().toList())
                .orElse(null));
        properties.put("relationshipTypes", step.relationshipTypes().map(types -> types.stream().sorted().toList())
                .orElse(null));
        properties.put("depth", step.depth().orElse(null));
        putTranslations(properties, step.translations());
        return properties;
    }

    /** Writes each translated field as {@code field@language}, and the languages in order under {@code translations}. */
    static void putTranslations(Map<String, Object> properties, Translations translations) {
        if (translations.isEmpty()) {
            return;
        }
        properties.put(TRANSLATION_LANGUAGES, List.copyOf(translations.languages()));
        translations.byLanguage().forEach((language, translation) -> {
            translation.texts().forEach((field, text) -> properties.put(field + "@" + language, text));
            if (!translation.aliases().isEmpty()) {
                properties.put("aliases@" + language, translation.aliases());
            }
        });
    }

    /** Reads back what {@link #putTranslations} wrote. */
    static Translations translations(Map<String, Object> properties) {
        Object languages = properties.get(TRANSLATION_LANGUAGES);
        if (languages == null) {
            return Translations.NONE;
        }
        Map<String, Translation> byLanguage = new LinkedHashMap<>();
        for (String language : strings(languages)) {
            String suffix = "@" + language;
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> aliases = List.of();
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                String key = property.getKey();
                if (!key.endsWith(suffix)) {
                    continue;
                }
                String field = key.substring(0, key.length() - suffix.length());
                if (field.equals("aliases")) {
                    aliases = strings(property.getValue());
                } else {
                    texts.put(field, (String) property.getValue());
                }
            }
            byLanguage.put(language, new Translation(texts, aliases));
        }
        return new Translations(byLanguage);
    }

    private static List<String> translatedNames(Translations translations) {
        List<String> names = new ArrayList<>();
        for (Translation translation : translations.byLanguage().values()) {
            translation.text("name").ifPresent(names::add);
            names.addAll(translation.aliases());
        }
        return names;
    }

    private static void putDates(Map<String, Object> properties, PartialDate start, PartialDate end, Lifespan span) {
        properties.put("start", written(start));
        properties.put("end", written(end));
        properties.put("firstDay", span.firstDay().orElse(null));
        properties.put("lastDay", span.lastDay().orElse(null));
    }

    private static String written(PartialDate date) {
        return date == null ? null : date.toString();
    }

    static Entity entity(Map<String, Object> properties) {
        String type = text(properties, "type");
        return new Entity(
                text(properties, "id"),
                EntityType.fromId(type).orElseThrow(() -> new StoreException("unknown entity type in store: " + type)),
                text(properties, "name"),
                strings(properties.get("aliases")),
                strings(properties.get("countries")),
                date(properties, "start"),
                date(properties, "end"),
                text(properties, "description"),
                strings(properties.get("sources")),
                strings(properties.get("tags")),
                translations(properties));
    }

    /** Reads a relationship from its properties plus {@code from} and {@code to}, the ids of its ends. */
    static Relationship relationship(Map<String, Object> properties) {
        return new Relationship(
                text(properties, "id"),
                Boolean.TRUE.equals(properties.get("idGiven")),
                text(properties, "type"),
                text(properties, "from"),
                text(properties, "to"),
                text(properties, "role"),
                date(properties, "start"),
                date(properties, "end"),
                text(properties, "description"),
                strings(properties.get("sources")),
                translations(properties));
    }

    static Source source(Map<String, Object> properties) {
        return new Source(
                text(properties, "id"),
                text(properties, "title"),
                text(properties, "author"),
                text(properties, "publisher"),
                text(properties, "date"),
                text(properties, "url"),
                text(properties, "note"),
                translations(properties));
    }

    static Story story(Map<String, Object> properties, List<StoryStep> steps) {
        return new Story(text(properties, "id"), text(properties, "title"), text(properties, "description"), steps,
                translations(properties));
    }

    static StoryStep storyStep(Map<String, Object> properties) {
        Optional<Set<EntityType>> types = Optional.ofNullable(properties.get("types")).map(value -> {
            Set<EntityType> set = EnumSet.noneOf(EntityType.class);
            for (String id : strings(value)) {
                set.add(EntityType.fromId(id).orElseThrow(() -> new StoreException("unknown entity type: " + id)));
            }
            return set;
        });
        Optional<Set<String>> relationshipTypes = Optional.ofNullable(properties.get("relationshipTypes"))
                .map(value -> new LinkedHashSet<>(strings(value)));
        Optional<Integer> depth = Optional.ofNullable((Number) properties.get("depth")).map(Number::intValue);
        return new StoryStep(
                text(properties, "title"),
                text(properties, "text"),
                text(properties, "notes"),
                date(properties, "from"),
                date(properties, "to"),
                strings(properties.get("focus")),
                types,
                relationshipTypes,
                depth,
                translations(properties));
    }

    static int ordinal(Map<String, Object> properties) {
        return ((Number) properties.get("ordinal")).intValue();
    }

    static LocalDate day(Map<String, Object> properties, String key) {
        return (LocalDate) properties.get(key);
    }

    private static String text(Map<String, Object> properties, String key) {
        return (String) properties.get(key);
    }

    private static PartialDate date(Map<String, Object> properties, String key) {
        String written = text(properties, key);
        if (written == null) {
            return null;
        }
        return PartialDate.parse(written)
                .orElseThrow(() -> new StoreException("malformed date in store: " + key + " = " + written));
    }

    /** Neo4j hands list properties back as arrays from nodes and as lists from Cypher projections. */
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        if (value instanceof String[] array) {
            list.addAll(Arrays.asList(array));
        } else {
            for (Object item : (List<?>) value) {
                list.add((String) item);
            }
        }
        return list;
    }
}

package org.solidarityatlas.format;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.solidarityatlas.format.LocatedValue.Member;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;

/**
 * Translations in a spreadsheet: a column (or Dataset key) {@code FIELD@LANG}, such as {@code name@es}, holds the
 * field in that language. The fields and the tag are checked by {@link TranslationFields}' rules, at the header
 * cell; the values are gathered into the format's {@code translations} object, so the JSON checks judge them.
 */
final class TranslationColumns {

    private static final char MARK = '@';

    /** Format fields by translatable column (header key), for the sheets whose columns are the format's fields. */
    static final Map<String, String> ENTITY = identity(TranslationFields.ENTITY);
    static final Map<String, String> RELATIONSHIP = identity(TranslationFields.RELATIONSHIP);
    static final Map<String, String> SOURCE = identity(TranslationFields.SOURCE);
    static final Map<String, String> DATASET = identity(TranslationFields.DATASET);
    /** A Stories row holds both its story's columns ("story title") and its step's ("step title", "text"). */
    static final Map<String, String> STORY = prefixed("story ", TranslationFields.STORY, false);
    static final Map<String, String> STEP = prefixed("step ", TranslationFields.STEP, true);

    private TranslationColumns() {
    }

    private static Map<String, String> identity(List<String> fields) {
        Map<String, String> columns = new LinkedHashMap<>();
        fields.forEach(field -> columns.put(field, field));
        return columns;
    }

    /** Story columns all carry the prefix; step columns only for the title, which would be ambiguous. */
    private static Map<String, String> prefixed(String prefix, List<String> fields, boolean titleOnly) {
        Map<String, String> columns = new LinkedHashMap<>();
        fields.forEach(field -> columns.put(!titleOnly || field.equals("title") ? prefix + field : field, field));
        return columns;
    }

    /** The translatable columns of a sheet, as their headers are written. */
    static List<String> headers(SheetLayout layout) {
        return switch (layout) {
            case ENTITIES -> List.copyOf(ENTITY.keySet());
            case RELATIONSHIPS -> List.copyOf(RELATIONSHIP.keySet());
            case SOURCES -> List.copyOf(SOURCE.keySet());
            case STORIES -> java.util.stream.Stream.concat(STORY.keySet().stream(), STEP.keySet().stream()).toList();
        };
    }

    static ProblemText what(SheetLayout layout) {
        return ProblemText.of(switch (layout) {
            case ENTITIES -> "what.entity";
            case RELATIONSHIPS -> "what.relationship";
            case SOURCES -> "what.source";
            case STORIES -> "what.storyOrStep";
        });
    }

    static boolean isTranslation(String header) {
        return header.indexOf(MARK) >= 0;
    }

    /** The header of the column holding {@code column} in {@code language}. */
    static String header(String column, String language) {
        return column + MARK + language;
    }

    /**
     * The key of a translation column ("storytitle@es-MX": the column's key, the tag as written), or empty after
     * reporting at the header cell a malformed tag or a column that cannot be translated.
     */
    static Optional<String> column(String header, List<String> translatable, ProblemText what, Position at,
            ProblemList problems) {
        int mark = header.lastIndexOf(MARK);
        String column = SheetText.trimmed(header.substring(0, mark));
        String tag = SheetText.trimmed(header.substring(mark + 1));
        if (!TranslationFields.isWellFormedTag(tag)) {
            problems.error(at, ProblemText.of("place.inColumn", TranslationFields.malformedTag(tag),
                    DateText.shown(header)));
            return Optional.empty();
        }
        Optional<String> known = translatable.stream()
                .filter(name -> SheetLayout.key(name).equals(SheetLayout.key(column))).findFirst();
        if (known.isEmpty()) {
            problems.error(at, ProblemText.of("place.inColumn",
                    TranslationFields.untranslatable(column, what, translatable), DateText.shown(header)));
            return Optional.empty();
        }
        return Optional.of(SheetLayout.key(known.get()) + MARK + tag);
    }

    /** The column key a translation column's key names ("name" of "name@es"). */
    static String baseColumn(String key) {
        int mark = key.indexOf(MARK);
        return mark < 0 ? key : key.substring(0, mark);
    }

    /**
     * Takes out of {@code values} those of the translation columns {@code fieldByColumn} names, and returns them
     * as the format's {@code translations} object, or null when the row has none. Tags differing in case only
     * are one language, spelt as first met.
     */
    static ObjectValue take(Map<String, ? extends LocatedValue> values, Map<String, String> fieldByColumn) {
        Map<String, String> fields = new LinkedHashMap<>();
        fieldByColumn.forEach((column, field) -> fields.put(SheetLayout.key(column), field));
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Map<String, Member>> byLanguage = new LinkedHashMap<>();
        Position first = null;
        for (Iterator<? extends Map.Entry<String, ? extends LocatedValue>> it = values.entrySet().iterator();
                it.hasNext();) {
            Map.Entry<String, ? extends LocatedValue> entry = it.next();
            String key = entry.getKey();
            String field = fields.get(baseColumn(key));
            if (!isTranslation(key) || field == null) {
                continue;
            }
            it.remove();
            String tag = key.substring(key.indexOf(MARK) + 1);
            String language = spelling.computeIfAbsent(tag.toLowerCase(Locale.ROOT), lower -> tag);
            LocatedValue value = entry.getValue();
            first = first == null ? value.position() : first;
            byLanguage.computeIfAbsent(language, l -> new LinkedHashMap<>())
                    .put(field, new Member(field, value.position(), value));
        }
        if (byLanguage.isEmpty()) {
            return null;
        }
        Map<String, Member> languages = new LinkedHashMap<>();
        byLanguage.forEach((language, members) -> {
            Position at = members.values().iterator().next().namePosition();
            languages.put(language, new Member(language, at, new ObjectValue(at, members)));
        });
        return new ObjectValue(first, languages);
    }
}

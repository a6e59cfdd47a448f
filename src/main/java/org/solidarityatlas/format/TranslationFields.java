package org.solidarityatlas.format;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.solidarityatlas.format.LocatedValue.ArrayValue;
import org.solidarityatlas.format.LocatedValue.Member;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.model.Translation;
import org.solidarityatlas.model.Translations;

/**
 * Reads an item's optional {@code translations} object: {@code {"es": {"name": "…", "description": "…"}}}.
 * Every problem is an error, because a translation the reader dropped silently would be work lost: a language
 * key that is not a well-formed BCP 47 tag, a field that cannot be translated on that kind of item, a blank or
 * wrongly typed value.
 */
final class TranslationFields {

    static final String FIELD = "translations";
    /** The one translatable field that holds a list of texts rather than one text. */
    static final String ALIASES = "aliases";

    /** The fields each kind of item can translate, in the order they are written. */
    static final List<String> DATASET = List.of("title", "description");
    static final List<String> SOURCE = List.of("title", "note");
    static final List<String> ENTITY = List.of("name", ALIASES, "description");
    static final List<String> RELATIONSHIP = List.of("role", "description");
    static final List<String> STORY = List.of("title", "description");
    static final List<String> STEP = List.of("title", "text", "notes");

    private TranslationFields() {
    }

    /** The item's translations; what is wrong is reported and left out. */
    static Translations read(ObjectFields fields, ProblemText what, List<String> translatable, ProblemList problems) {
        Member member = fields.present(FIELD);
        if (member == null) {
            return Translations.NONE;
        }
        if (!(member.value() instanceof ObjectValue object)) {
            fields.wrongKind(member, ProblemText.of("value.translations"));
            return Translations.NONE;
        }
        Map<String, Translation> byLanguage = new LinkedHashMap<>();
        Map<String, Position> seen = new LinkedHashMap<>();
        for (Member language : object.members().values()) {
            if (!isLanguageTag(language, problems) || isRepeated(language, seen, problems)) {
                continue;
            }
            translation(language, what, translatable, problems).ifPresent(t -> byLanguage.put(language.name(), t));
        }
        return new Translations(byLanguage);
    }

    /** True for a well-formed BCP 47 tag ("es", "es-MX", "zh-Hant"), as {@link Locale.Builder} defines it. */
    static boolean isWellFormedTag(String tag) {
        if (tag.isBlank()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean isLanguageTag(Member language, ProblemList problems) {
        if (isWellFormedTag(language.name())) {
            return true;
        }
        problems.error(language.namePosition(), malformedTag(language.name()));
        return false;
    }

    /** What is wrong with a language tag {@link #isWellFormedTag} refuses; a spreadsheet column says the same. */
    static ProblemText malformedTag(String tag) {
        return ProblemText.of("translation.malformedTag", DateText.shown(tag));
    }

    /** What is wrong with a field that cannot be translated; a spreadsheet column says the same. */
    static ProblemText untranslatable(String field, ProblemText what, List<String> translatable) {
        return ProblemText.of("translation.untranslatable", field, what, NearestName.hint(field, translatable),
                String.join(", ", translatable));
    }

    /** Tags are case-insensitive: "es" and "ES" would be the same language given twice. */
    private static boolean isRepeated(Member language, Map<String, Position> seen, ProblemList problems) {
        Position first = seen.putIfAbsent(language.name().toLowerCase(Locale.ROOT), language.namePosition());
        if (first == null) {
            return false;
        }
        problems.error(language.namePosition(), ProblemText.of("translation.twice", language.name(),
                first.line()));
        return true;
    }

    private static Optional<Translation> translation(Member language, ProblemText what,
            List<String> translatable, ProblemList problems) {
        ProblemText where = ProblemText.of("translation.where", language.name(), what);
        if (!(language.value() instanceof ObjectValue object)) {
            problems.error(language.value().position(), ProblemText.of("translation.notObject", where,
                    language.value().kindInWords()));
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> aliases = new ArrayList<>();
        for (Member field : object.members().values()) {
            if (!translatable.contains(field.name())) {
                problems.error(field.namePosition(), untranslatable(field.name(), what, translatable));
            } else if (field.name().equals(ALIASES)) {
                aliases.addAll(aliases(field, where, problems));
            } else {
                text(field, where, problems).ifPresent(text -> texts.put(field.name(), text));
            }
        }
        if (object.members().isEmpty()) {
            problems.warning(object.position(), ProblemText.of("translation.empty", where));
        }
        // Written back in the format's field order, whatever order the file used.
        Map<String, String> ordered = new LinkedHashMap<>();
        translatable.stream().filter(texts::containsKey).forEach(f -> ordered.put(f, texts.get(f)));
        Translation translation = new Translation(ordered, aliases);
        return translation.isEmpty() ? Optional.empty() : Optional.of(translation);
    }

    private static Optional<String> text(Member field, ProblemText where, ProblemList problems) {
        if (!(field.value() instanceof StringValue text)) {
            problems.error(field.value().position(), ProblemText.of("field.wrongKind", field.name(), where,
                    ProblemText.of("value.string"), field.value().kindInWords()));
            return Optional.empty();
        }
        if (text.text().isBlank()) {
            problems.error(text.position(), ProblemText.of("field.blank", field.name(), where));
            return Optional.empty();
        }
        return Optional.of(text.text());
    }

    private static List<String> aliases(Member field, ProblemText where, ProblemList problems) {
        if (!(field.value() instanceof ArrayValue array)) {
            problems.error(field.value().position(), ProblemText.of("field.wrongKind", ALIASES, where,
                    ProblemText.of("value.strings"), field.value().kindInWords()));
            return List.of();
        }
        List<String> aliases = new ArrayList<>();
        for (LocatedValue item : array.items()) {
            if (!(item instanceof StringValue alias)) {
                problems.error(item.position(), ProblemText.of("list.entryNotStringIn", ALIASES, where,
                        item.kindInWords()));
            } else if (alias.text().isBlank()) {
                problems.error(alias.position(), ProblemText.of("list.blankEntryIn", ALIASES, where));
            } else {
                aliases.add(alias.text());
            }
        }
        return aliases;
    }
}

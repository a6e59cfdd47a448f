package org.solidarityatlas.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.solidarityatlas.format.LocatedValue.ArrayValue;
import org.solidarityatlas.format.LocatedValue.Member;
import org.solidarityatlas.format.LocatedValue.NullValue;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.model.PartialDate;

/**
 * Reads the fields of one JSON object of the format, reporting what is missing, of the wrong kind or unknown.
 * Each getter returns empty (or an empty list) when the field is absent or unusable, so that checking carries on
 * and every problem of the file is found in one run. An optional field set to {@code null} counts as absent.
 */
final class ObjectFields {

    /** A partial date and where it was written. */
    record LocatedDate(PartialDate date, Position position) {
    }

    private final ObjectValue object;
    private final ProblemText what;
    private final ProblemList problems;

    /**
     * @param what how the object is called in messages: "what.entity" says "entity"
     */
    ObjectFields(ObjectValue object, ProblemText what, List<String> knownFields, ProblemList problems) {
        this.object = object;
        this.what = what;
        this.problems = problems;
        for (Member member : object.members().values()) {
            if (!knownFields.contains(member.name())) {
                problems.warning(member.namePosition(), ProblemText.of("field.unknown", member.name(), what,
                        NearestName.hint(member.name(), knownFields)));
            }
        }
    }

    Position position() {
        return object.position();
    }

    /** A required string that must not be blank. */
    Optional<StringValue> requiredText(String name) {
        Member member = object.members().get(name);
        if (member == null) {
            problems.error(object.position(), ProblemText.of("field.missing", name, what));
            return Optional.empty();
        }
        return nonBlank(member, string(member));
    }

    /** An optional string; when present it must not be blank. */
    Optional<StringValue> optionalText(String name) {
        Member member = present(name);
        return member == null ? Optional.empty() : nonBlank(member, string(member));
    }

    String optionalTextOrNull(String name) {
        return optionalText(name).map(StringValue::text).orElse(null);
    }

    /** An optional array of non-blank strings. */
    List<StringValue> textList(String name) {
        List<StringValue> texts = new ArrayList<>();
        for (var item : array(name).map(ArrayValue::items).orElse(List.of())) {
            if (item instanceof StringValue text) {
                if (text.text().isBlank()) {
                    problems.error(text.position(), ProblemText.of("list.blankEntry", name));
                } else {
                    texts.add(text);
                }
            } else {
                problems.error(item.position(), ProblemText.of("list.entryNotString", name, item.kindInWords()));
            }
        }
        return texts;
    }

    /** An optional partial date. */
    Optional<LocatedDate> date(String name) {
        Member member = present(name);
        if (member == null) {
            return Optional.empty();
        }
        Optional<StringValue> text = string(member);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Position at = text.get().position();
        Optional<PartialDate> date = DateText.parse(text.get().text(), name, at, problems);
        return date.map(d -> new LocatedDate(d, at));
    }

    /** An array that must be present. */
    Optional<ArrayValue> requiredArray(String name) {
        Member member = object.members().get(name);
        if (member == null) {
            problems.error(object.position(), ProblemText.of("field.missing", name, what));
            return Optional.empty();
        }
        if (member.value() instanceof NullValue) {
            wrongKind(member, ProblemText.of("value.array"));
            return Optional.empty();
        }
        return array(name);
    }

    /** An optional array. */
    Optional<ArrayValue> array(String name) {
        Member member = present(name);
        if (member == null) {
            return Optional.empty();
        }
        if (member.value() instanceof ArrayValue array) {
            return Optional.of(array);
        }
        wrongKind(member, ProblemText.of("value.array"));
        return Optional.empty();
    }

    /** The member, or null when it is absent or {@code null}. */
    Member present(String name) {
        Member member = object.members().get(name);
        return member == null || member.value() instanceof NullValue ? null : member;
    }

    private Optional<StringValue> string(Member member) {
        if (member.value() instanceof StringValue text) {
            return Optional.of(text);
        }
        wrongKind(member, ProblemText.of("value.string"));
        return Optional.empty();
    }

    private Optional<StringValue> nonBlank(Member member, Optional<StringValue> text) {
        if (text.isPresent() && text.get().text().isBlank()) {
            problems.error(text.get().position(), ProblemText.of("field.blank", member.name(), what));
            return Optional.empty();
        }
        return text;
    }

    void wrongKind(Member member, ProblemText expected) {
        problems.error(member.value().position(), ProblemText.of("field.wrongKind", member.name(), what, expected,
                member.value().kindInWords()));
    }
}

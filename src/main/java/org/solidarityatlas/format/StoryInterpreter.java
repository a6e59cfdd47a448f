package org.solidarityatlas.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.format.LocatedValue.ArrayValue;
import org.solidarityatlas.format.LocatedValue.Member;
import org.solidarityatlas.format.LocatedValue.NumberValue;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.format.ObjectFields.LocatedDate;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.Translations;

/**
 * Reads and checks the optional {@code stories} array. Within a dataset, focus ids must name entities of the
 * file; stories read on their own (as the store keeps them) skip that cross check.
 */
final class StoryInterpreter {

    static final int MAX_DEPTH = 3;

    private final ProblemList problems;
    private final DatasetChecks checks;
    private final Optional<Set<String>> entityIds;
    private final Optional<Set<String>> relationshipTypes;
    private final Map<String, Position> storyIds = new LinkedHashMap<>();

    /**
     * @param entityIds         the dataset's entity ids, or empty to skip checking focus ids
     * @param relationshipTypes the dataset's relationship types, or empty to skip warning about unused ones
     */
    StoryInterpreter(ProblemList problems, Optional<Set<String>> entityIds, Optional<Set<String>> relationshipTypes) {
        this.problems = problems;
        this.checks = new DatasetChecks(problems);
        this.entityIds = entityIds;
        this.relationshipTypes = relationshipTypes;
    }

    List<Story> stories(Optional<ArrayValue> array) {
        List<Story> stories = new ArrayList<>();
        for (LocatedValue item : array.map(ArrayValue::items).orElse(List.of())) {
            if (item instanceof ObjectValue object) {
                story(object).ifPresent(stories::add);
            } else {
                problems.error(item.position(), ProblemText.of("list.entryNotObject", "stories", item.kindInWords()));
            }
        }
        return stories;
    }

    private Optional<Story> story(ObjectValue object) {
        ProblemText what = ProblemText.of("what.story");
        ObjectFields fields = new ObjectFields(object, what, FormatFields.STORY, problems);
        Optional<StringValue> id = fields.requiredText("id").filter(i -> checks.newId(i, "story", storyIds));
        Optional<StringValue> title = fields.requiredText("title");
        String description = fields.optionalTextOrNull("description");
        Translations translations = TranslationFields.read(fields, what, TranslationFields.STORY, problems);
        List<StoryStep> steps = new ArrayList<>();
        boolean stepsComplete = true;
        for (LocatedValue item : fields.array("steps").map(ArrayValue::items).orElse(List.of())) {
            Optional<StoryStep> step = item instanceof ObjectValue stepObject ? step(stepObject) : notAStep(item);
            step.ifPresent(steps::add);
            stepsComplete &= step.isPresent();
        }
        if (id.isEmpty() || title.isEmpty() || !stepsComplete) {
            return Optional.empty();
        }
        return Optional.of(new Story(id.get().text(), title.get().text(), description, steps, translations));
    }

    private Optional<StoryStep> notAStep(LocatedValue item) {
        problems.error(item.position(), ProblemText.of("list.entryNotObject", "steps", item.kindInWords()));
        return Optional.empty();
    }

    private Optional<StoryStep> step(ObjectValue object) {
        ProblemText what = ProblemText.of("what.step");
        ObjectFields fields = new ObjectFields(object, what, FormatFields.STEP, problems);
        Optional<StringValue> title = fields.requiredText("title");
        String text = fields.optionalTextOrNull("text");
        String notes = fields.optionalTextOrNull("notes");
        Optional<LocatedDate> from = fields.date("from");
        Optional<LocatedDate> to = fields.date("to");
        checks.inOrder(from, to, "from", "to");
        List<String> focus = new ArrayList<>();
        for (StringValue id : fields.textList("focus")) {
            if (entityIds.isPresent() && !entityIds.get().contains(id.text())) {
                problems.error(id.position(), ProblemText.of("entity.unknownIn", DateText.shown(id.text()), "focus",
                        problems.hint(id.text(), entityIds.get())));
            }
            focus.add(id.text());
        }
        Optional<Set<EntityType>> types = entityTypes(fields);
        Optional<Set<String>> relationshipTypesShown = relationshipTypes(fields);
        Optional<Integer> depth = depth(fields);
        Translations translations = TranslationFields.read(fields, what, TranslationFields.STEP, problems);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoryStep(title.get().text(), text, notes, dateOf(from), dateOf(to), focus, types,
                relationshipTypesShown, depth, translations));
    }

    private Optional<Set<EntityType>> entityTypes(ObjectFields fields) {
        if (fields.array("types").isEmpty()) {
            return Optional.empty();
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (StringValue type : fields.textList("types")) {
            Optional<EntityType> known = EntityType.fromId(type.text());
            if (known.isPresent()) {
                types.add(known.get());
            } else {
                problems.error(type.position(), ProblemText.of("entityType.unknownIn", DateText.shown(type.text()),
                        "types", NearestName.hint(type.text(), DatasetInterpreter.ENTITY_TYPE_IDS),
                        String.join(", ", DatasetInterpreter.ENTITY_TYPE_IDS)));
            }
        }
        return Optional.of(types);
    }

    private Optional<Set<String>> relationshipTypes(ObjectFields fields) {
        if (fields.array("relationshipTypes").isEmpty()) {
            return Optional.empty();
        }
        Set<String> types = new LinkedHashSet<>();
        for (StringValue type : fields.textList("relationshipTypes")) {
            if (!checks.snakeCase(type, "relationshipTypes")) {
                continue;
            }
            if (relationshipTypes.isPresent() && !relationshipTypes.get().contains(type.text())) {
                problems.warning(type.position(), ProblemText.of("relationshipType.unused", type.text(),
                        NearestName.hint(type.text(), relationshipTypes.get())));
            }
            types.add(type.text());
        }
        return Optional.of(types);
    }

    private Optional<Integer> depth(ObjectFields fields) {
        Member member = fields.present("depth");
        if (member == null) {
            return Optional.empty();
        }
        if (member.value() instanceof NumberValue number && number.integral()) {
            BigInteger value = new BigInteger(number.text());
            if (value.compareTo(BigInteger.ONE) >= 0 && value.compareTo(BigInteger.valueOf(MAX_DEPTH)) <= 0) {
                return Optional.of(value.intValue());
            }
        }
        Object shown = member.value() instanceof NumberValue number ? number.text() : member.value().kindInWords();
        problems.error(member.value().position(), ProblemText.of("step.depth", MAX_DEPTH, shown));
        return Optional.empty();
    }

    private static PartialDate dateOf(Optional<LocatedDate> date) {
        return date.map(LocatedDate::date).orElse(null);
    }
}

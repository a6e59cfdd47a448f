package org.solidarityatlas.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.format.ObjectFields.LocatedDate;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.Translations;

/**
 * Turns a located JSON tree into a {@link Dataset}, checking it against format version 1 as it goes.
 * Every check reports and carries on, so one run finds every problem; the dataset is only built when none of
 * them is an error. Cross references (from/to, cited sources, story focus) are checked once everything is read,
 * so they do not depend on the order of the top-level fields.
 */
final class DatasetInterpreter implements LocatedTreeParser.ItemSink {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    static final List<String> ENTITY_TYPE_IDS = Arrays.stream(EntityType.values()).map(EntityType::id).toList();

    /** A relationship as read, before ids are assigned to those the file leaves unnamed. */
    private record RelationshipDraft(StringValue id, String type, String from, String to, String role,
            PartialDate start, PartialDate end, String description, List<String> sources,
            Translations translations, Optional<LocatedDate> startAt, Optional<LocatedDate> endAt) {
    }

    private final ProblemList problems;
    private final DatasetChecks checks;
    private final ConsistencyWarnings consistency;
    private final Map<String, Position> sourceIds = new LinkedHashMap<>();
    private final Map<String, Position> entityIds = new LinkedHashMap<>();
    private final Map<String, Position> relationshipIds = new LinkedHashMap<>();
    private final List<StringValue> citedSources = new ArrayList<>();
    private final List<StringValue> relationshipEnds = new ArrayList<>();
    /** Relationship types as read; one instance per spelling, however many relationships share it. */
    private final Map<String, String> relationshipTypes = new HashMap<>();
    // The top-level arrays, interpreted item by item while the file is parsed.
    private final List<Source> sources = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<RelationshipDraft> drafts = new ArrayList<>();

    /** Reports to {@code problems}; hand it to {@link LocatedTreeParser} as the sink, then call {@link #dataset}. */
    DatasetInterpreter(ProblemList problems) {
        this.problems = problems;
        this.checks = new DatasetChecks(problems);
        this.consistency = new ConsistencyWarnings(problems);
    }

    @Override
    public boolean takes(String topLevelField) {
        return topLevelField.equals("sources") || topLevelField.equals("entities")
                || topLevelField.equals("relationships");
    }

    @Override
    public void item(String field, LocatedValue item) {
        if (!(item instanceof ObjectValue object)) {
            problems.error(item.position(), ProblemText.of("list.entryNotObject", field, item.kindInWords()));
            return;
        }
        switch (field) {
            case "sources" -> addIfRead(sources, source(object));
            case "entities" -> addIfRead(entities, entity(object));
            case "relationships" -> addIfRead(drafts, relationship(object));
            default -> throw new IllegalArgumentException("not a streamed field: " + field);
        }
    }

    private static <T> void addIfRead(List<T> items, T item) {
        if (item != null) {
            items.add(item);
        }
    }

    /**
     * The dataset of the parsed file, whose top-level arrays were already handed to {@link #item}; an array
     * field that is missing or of the wrong kind is reported here and counts as empty.
     */
    Optional<Dataset> dataset(LocatedValue root) {
        if (!(root instanceof ObjectValue object)) {
            problems.error(root.position(), ProblemText.of("dataset.topLevel", root.kindInWords()));
            return Optional.empty();
        }
        ProblemText what = ProblemText.of("what.dataset");
        ObjectFields fields = new ObjectFields(object, what, FormatFields.DATASET, problems);
        fields.requiredText("format").ifPresent(this::checkFormat);
        Optional<StringValue> title = fields.requiredText("title");
        String description = fields.optionalTextOrNull("description");
        String language = fields.optionalText("language").filter(this::isLanguageTag).map(StringValue::text)
                .orElse(null);
        Translations translations = TranslationFields.read(fields, what, TranslationFields.DATASET, problems);
        // Called for their reports only: the items themselves have been read already.
        fields.array("sources");
        fields.requiredArray("entities");
        fields.requiredArray("relationships");
        checkRelationshipEnds();
        checkCitedSources();
        checkRelationshipsWithinLives();
        List<Story> stories = new StoryInterpreter(problems, Optional.of(entityIds.keySet()),
                Optional.of(relationshipTypes.keySet())).stories(fields.array("stories"));

        if (problems.hasErrors() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(title.get().text(), description, language, sources, entities,
                withIds(drafts), stories, translations));
    }

    private void checkFormat(StringValue format) {
        if (!format.text().equals(FormatFields.FORMAT)) {
            problems.error(format.position(), ProblemText.of("dataset.format", DateText.shown(format.text()),
                    FormatFields.FORMAT));
        }
    }

    private boolean isLanguageTag(StringValue language) {
        if (LANGUAGE_TAG.matcher(language.text()).matches()) {
            return true;
        }
        problems.error(language.position(), ProblemText.of("dataset.language", DateText.shown(language.text())));
        return false;
    }

    private Source source(ObjectValue object) {
        ProblemText what = ProblemText.of("what.source");
        ObjectFields fields = new ObjectFields(object, what, FormatFields.SOURCE, problems);
        Optional<StringValue> id = fields.requiredText("id").filter(i -> checks.newId(i, "source", sourceIds));
        Optional<StringValue> title = fields.requiredText("title");
        String author = fields.optionalTextOrNull("author");
        String publisher = fields.optionalTextOrNull("publisher");
        String date = fields.date("date").map(d -> d.date().toString()).orElse(null);
        String url = fields.optionalTextOrNull("url");
        String note = fields.optionalTextOrNull("note");
        Translations translations = TranslationFields.read(fields, what, TranslationFields.SOURCE, problems);
        if (id.isEmpty() || title.isEmpty()) {
            return null;
        }
        return new Source(id.get().text(), title.get().text(), author, publisher, date, url, note, translations);
    }

    private Entity entity(ObjectValue object) {
        ProblemText what = ProblemText.of("what.entity");
        ObjectFields fields = new ObjectFields(object, what, FormatFields.ENTITY, problems);
        Optional<StringValue> id = fields.requiredText("id").filter(i -> checks.newId(i, "entity", entityIds));
        Optional<EntityType> type = fields.requiredText("type").flatMap(this::entityType);
        Optional<StringValue> name = fields.requiredText("name");
        List<StringValue> aliasValues = fields.textList("aliases");
        id.ifPresent(i -> aliasValues.forEach(alias -> consistency.alias(alias, i.text())));
        List<String> aliases = texts(aliasValues);
        List<String> countries = texts(fields.textList("countries").stream().filter(this::isCountryCode).toList());
        Optional<LocatedDate> start = fields.date("start");
        Optional<LocatedDate> end = fields.date("end");
        checks.inOrder(start, end, "start", "end");
        String description = fields.optionalTextOrNull("description");
        List<String> sources = cite(fields.textList("sources"));
        List<String> tags = texts(fields.textList("tags"));
        Translations translations = TranslationFields.read(fields, what, TranslationFields.ENTITY, problems);
        if (id.isEmpty() || type.isEmpty() || name.isEmpty()) {
            return null;
        }
        return new Entity(id.get().text(), type.get(), name.get().text(), aliases, countries, dateOf(start),
                dateOf(end), description, sources, tags, translations);
    }

    private Optional<EntityType> entityType(StringValue type) {
        Optional<EntityType> known = EntityType.fromId(type.text());
        if (known.isEmpty()) {
            problems.error(type.position(), ProblemText.of("entityType.unknown", DateText.shown(type.text()),
                    NearestName.hint(type.text(), ENTITY_TYPE_IDS), String.join(", ", ENTITY_TYPE_IDS)));
        }
        return known;
    }

    /** Why the text is not a country code of the format; empty when it has the form of one. */
    static Optional<ProblemText> countryProblem(String text) {
        if (!COUNTRY.matcher(text).matches()) {
            return Optional.of(ProblemText.of("country.form", DateText.shown(text)));
        }
        return Optional.empty();
    }

    private boolean isCountryCode(StringValue country) {
        Optional<ProblemText> problem = countryProblem(country.text());
        if (problem.isPresent()) {
            problems.error(country.position(), problem.get());
            return false;
        }
        if (!ISO_COUNTRIES.contains(country.text())) {
            problems.warning(country.position(), ProblemText.of("country.unknown", country.text()));
        }
        return true;
    }

    private RelationshipDraft relationship(ObjectValue object) {
        ProblemText what = ProblemText.of("what.relationship");
        ObjectFields fields = new ObjectFields(object, what, FormatFields.RELATIONSHIP, problems);
        Optional<StringValue> givenId = fields.optionalText("id");
        boolean idUsable = givenId.map(i -> checks.newId(i, "relationship", relationshipIds)).orElse(true);
        Optional<StringValue> type = fields.requiredText("type").filter(t -> checks.snakeCase(t, "type"));
        Optional<StringValue> from = fields.requiredText("from");
        Optional<StringValue> to = fields.requiredText("to");
        from.ifPresent(relationshipEnds::add);
        to.ifPresent(relationshipEnds::add);
        if (from.isPresent() && to.isPresent() && from.get().text().equals(to.get().text())) {
            problems.error(to.get().position(), ProblemText.of("relationship.toItself", from.get().text()));
        }
        String role = fields.optionalTextOrNull("role");
        Optional<LocatedDate> start = fields.date("start");
        Optional<LocatedDate> end = fields.date("end");
        checks.inOrder(start, end, "start", "end");
        String description = fields.optionalTextOrNull("description");
        List<String> sources = cite(fields.textList("sources"));
        Translations translations = TranslationFields.read(fields, what, TranslationFields.RELATIONSHIP, problems);
        if (!idUsable || type.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return null;
        }
        String sharedType = relationshipTypes.computeIfAbsent(type.get().text(), t -> t);
        return new RelationshipDraft(givenId.orElse(null), sharedType, from.get().text(), to.get().text(),
                role, dateOf(start), dateOf(end), description, sources, translations, start, end);
    }

    private void checkRelationshipEnds() {
        for (StringValue end : relationshipEnds) {
            if (!entityIds.containsKey(end.text())) {
                problems.error(end.position(), ProblemText.of("entity.unknown", DateText.shown(end.text()),
                        problems.hint(end.text(), entityIds.keySet())));
            }
        }
    }

    private void checkRelationshipsWithinLives() {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(entity -> byId.put(entity.id(), entity));
        for (RelationshipDraft draft : drafts) {
            for (String end : List.of(draft.from(), draft.to())) {
                Entity entity = byId.get(end);
                if (entity != null) {
                    consistency.withinLife(draft.startAt(), draft.endAt(), entity);
                }
            }
        }
    }

    private List<String> cite(List<StringValue> sources) {
        citedSources.addAll(sources);
        return texts(sources);
    }

    private void checkCitedSources() {
        for (StringValue cited : citedSources) {
            if (!sourceIds.containsKey(cited.text())) {
                problems.error(cited.position(), ProblemText.of("source.unknown", DateText.shown(cited.text()),
                        problems.hint(cited.text(), sourceIds.keySet())));
            }
        }
    }

    /**
     * Relationships the file leaves unnamed get {@code from--type-->to}, with {@code #2}, {@code #3} for repeats
     * in file order: stable as long as the file keeps its order. Given ids cannot contain '>' or '#', so the
     * two never collide.
     */
    private List<Relationship> withIds(List<RelationshipDraft> drafts) {
        Set<String> taken = new HashSet<>();
        List<Relationship> relationships = new ArrayList<>();
        for (RelationshipDraft d : drafts) {
            String id;
            boolean given = d.id() != null;
            if (given) {
                id = d.id().text();
            } else {
                String base = d.from() + "--" + d.type() + "-->" + d.to();
                id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "#" + n;
                }
                taken.add(id);
            }
            relationships.add(new Relationship(id, given, d.type(), d.from(), d.to(), d.role(), d.start(), d.end(),
                    d.description(), d.sources(), d.translations()));
        }
        return relationships;
    }

    private static List<String> texts(List<StringValue> values) {
        return values.stream().map(StringValue::text).toList();
    }

    private static PartialDate dateOf(Optional<LocatedDate> date) {
        return date.map(LocatedDate::date).orElse(null);
    }
}

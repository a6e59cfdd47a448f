package org.solidarityatlas.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.solidarityatlas.format.LocatedValue.ArrayValue;
import org.solidarityatlas.format.LocatedValue.Member;
import org.solidarityatlas.format.LocatedValue.NumberValue;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.model.Dataset;

/**
 * Turns the rows of a workbook's sheets (or of CSV files) into the located values of the JSON format and hands
 * them to {@link DatasetInterpreter}, so that a spreadsheet is checked by the very rules a JSON file is, each
 * problem at the cell that causes it. What spreadsheets add is done here, before the checks: matching headers,
 * splitting list cells, type names in any case, ids made from names, and relationship ends named by name or
 * alias. Tables must be read in the order sources, entities, relationships, stories.
 */
final class SpreadsheetInterpreter {

    /** Streams a table's rows (a sheet, or a CSV file). */
    @FunctionalInterface
    interface RowSource {
        void read(SheetRow.Handler handler) throws IOException;
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");
    private static final Pattern CAMEL_CASE_BREAK = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern TYPE_WORD_BREAK = Pattern.compile("[\\s-]+");
    private static final Map<SheetLayout, List<String>> REQUIRED_COLUMNS = Map.of(
            SheetLayout.ENTITIES, List.of("type", "name"),
            SheetLayout.RELATIONSHIPS, List.of("type", "from", "to"),
            SheetLayout.SOURCES, List.of("id", "title"),
            SheetLayout.STORIES, List.of("story"));
    /** Dataset keys that name the format's arrays, which come from sheets rather than from a key. */
    private static final Set<String> ARRAY_FIELDS = Set.of("format", "sources", "entities", "relationships",
            "stories");

    /** A data row: where it starts, and its values by column key. */
    private record RowValues(Position position, Map<String, LocatedValue> values) {
    }

    private final ProblemList problems;
    private final CellPlaces places;
    private final DatasetInterpreter interpreter;
    private final EntityNames names;
    private final StoryRows stories;
    private final Map<String, Member> datasetFields = new LinkedHashMap<>();

    SpreadsheetInterpreter(ProblemList problems, CellPlaces places) {
        this.problems = problems;
        this.places = places;
        this.interpreter = new DatasetInterpreter(problems);
        this.names = new EntityNames(problems);
        this.stories = new StoryRows(names);
    }

    /** Reads a table of the layout; {@code place} is the number {@link CellPlaces} gave its sheet or file. */
    void read(SheetLayout layout, int place, RowSource source) throws IOException {
        List<RowValues> entityRows = new ArrayList<>();
        Table table = new Table(layout, place, row -> {
            switch (layout) {
                case SOURCES -> interpreter.item("sources", object(row.position(), row.values()));
                case ENTITIES -> entityRows.add(row);
                case RELATIONSHIPS -> interpreter.item("relationships", relationship(row));
                case STORIES -> stories.add(row.position(), row.values());
            }
        });
        source.read(table);
        if (table.columns == null && layout != SheetLayout.STORIES && layout != SheetLayout.SOURCES) {
            problems.error(places.at(place, 1, 1),
                    ProblemText.of("sheet.nothing", String.join(", ", layout.headers())));
        }
        // Entity rows wait until the whole table is read: a made id must not take one given further down.
        for (RowValues row : entityRows) {
            if (row.values().get("id") instanceof StringValue id) {
                names.reserve(id.text());
            }
        }
        for (RowValues row : entityRows) {
            interpreter.item("entities", entity(row));
        }
    }

    /** Reads a Dataset sheet: a key in the first column and its value in the second; a "key" header may lead. */
    void readDatasetSheet(int place, RowSource source) throws IOException {
        source.read(row -> {
            SheetCell key = row.cells().get(0);
            String field = SheetLayout.key(key.text());
            if (key.index() != 1 || field.equals("key")) {
                return;
            }
            Position at = places.at(place, key);
            if (TranslationColumns.isTranslation(key.text())) {
                Optional<String> column = TranslationColumns.column(key.text(),
                        List.copyOf(TranslationColumns.DATASET.keySet()), ProblemText.of("what.dataset"), at,
                        problems);
                if (column.isEmpty()) {
                    return;
                }
                field = column.get();
            }
            SheetCell value = row.cells().size() > 1 && row.cells().get(1).index() == 2 ? row.cells().get(1) : null;
            if (ARRAY_FIELDS.contains(field)) {
                problems.warning(at, ProblemText.of("sheet.unknownKey", key.text(),
                        String.join(", ", SheetLayout.DATASET_KEYS)));
            } else if (value == null) {
                problems.warning(at, ProblemText.of("sheet.keyWithoutValue", key.text()));
            } else if (datasetFields.containsKey(field.toLowerCase(Locale.ROOT))) {
                problems.error(at, ProblemText.of("sheet.keyTwice", key.text(),
                        datasetFields.get(field.toLowerCase(Locale.ROOT)).namePosition().line() & CellPlaces.MAX_ROW));
            } else {
                // Keyed in lower case so that "title@es" and "title@ES" are seen twice; the member keeps the tag.
                datasetFields.put(field.toLowerCase(Locale.ROOT),
                        new Member(field, at, new StringValue(places.at(place, value), value.text())));
            }
        });
    }

    /** The dataset, when nothing read was an error; the title defaults to {@code defaultTitle}. */
    Optional<Dataset> dataset(String defaultTitle) {
        Position nowhere = new Position(0, 1);
        Map<String, Member> members = new LinkedHashMap<>();
        members.put("format", new Member("format", nowhere, new StringValue(nowhere, FormatFields.FORMAT)));
        members.put("title", new Member("title", nowhere, new StringValue(nowhere, defaultTitle)));
        Map<String, LocatedValue> translated = new LinkedHashMap<>();
        datasetFields.values().forEach(member -> {
            if (TranslationColumns.isTranslation(member.name())) {
                translated.put(member.name(), member.value());
            } else {
                members.put(member.name(), member);
            }
        });
        ObjectValue translations = TranslationColumns.take(translated, TranslationColumns.DATASET);
        if (translations != null) {
            members.put(TranslationFields.FIELD, new Member(TranslationFields.FIELD, translations.position(),
                    translations));
        }
        for (String array : List.of("sources", "entities", "relationships")) {
            members.put(array, new Member(array, nowhere, new ArrayValue(nowhere, List.of())));
        }
        ArrayValue storyArray = stories.array(nowhere);
        if (storyArray != null) {
            members.put("stories", new Member("stories", nowhere, storyArray));
        }
        return interpreter.dataset(new ObjectValue(nowhere, members));
    }

    private ObjectValue entity(RowValues row) {
        Map<String, LocatedValue> values = row.values();
        StringValue name = values.get("name") instanceof StringValue text ? text : null;
        StringValue id = values.get("id") instanceof StringValue text ? text : null;
        if (id == null) {
            // A row without a name is reported for that; an id made up for it spares a second error.
            id = name != null ? new StringValue(name.position(), names.madeId(name.text()))
                    : new StringValue(row.position(), names.madeId("entity"));
            Map<String, LocatedValue> withId = new LinkedHashMap<>();
            withId.put("id", id);
            withId.putAll(values);
            values = withId;
        }
        {
            List<String> aliases = values.get("aliases") instanceof ArrayValue list ? list.items().stream()
                    .map(item -> ((StringValue) item).text()).toList() : List.of();
            names.add(id.text(), name == null ? null : name.text(), aliases);
        }
        return object(row.position(), values);
    }

    private ObjectValue relationship(RowValues row) {
        Map<String, LocatedValue> values = new LinkedHashMap<>(row.values());
        for (String end : List.of("from", "to")) {
            if (values.get(end) instanceof StringValue written) {
                values.put(end, names.resolve(written));
            }
        }
        return object(row.position(), values);
    }

    private static ObjectValue object(Position position, Map<String, LocatedValue> values) {
        Map<String, Member> members = new LinkedHashMap<>();
        values.forEach((field, value) -> members.put(field, new Member(field, value.position(), value)));
        return new ObjectValue(position, members);
    }

    /** The value the format would hold for a cell of the column (by key). */
    private LocatedValue value(SheetLayout layout, String column, SheetCell cell, Position at) {
        if (SheetLayout.LIST_COLUMNS.contains(TranslationColumns.baseColumn(column))) {
            List<LocatedValue> items = new ArrayList<>();
            for (String part : LIST_SEPARATOR.split(cell.text())) {
                String item = SheetText.trimmed(part);
                if (!item.isEmpty()) {
                    items.add(new StringValue(at, typeName(layout, column, item)));
                }
            }
            return new ArrayValue(at, items);
        }
        if (column.equals("depth") && WHOLE_NUMBER.matcher(cell.text()).matches()) {
            return new NumberValue(at, cell.text(), true);
        }
        if (column.equals("depth") && DECIMAL.matcher(cell.text()).matches()) {
            return new NumberValue(at, cell.text(), false);
        }
        return new StringValue(at, typeName(layout, column, cell.text()));
    }

    /** Type names in any case: "Union" is union; "Member of", "MEMBER_OF" and "memberOf" are member_of. */
    private static String typeName(SheetLayout layout, String column, String text) {
        boolean entityType = (layout == SheetLayout.ENTITIES && column.equals("type")) || column.equals("types");
        boolean relationshipType = (layout == SheetLayout.RELATIONSHIPS && column.equals("type"))
                || column.equals("relationshiptypes");
        if (entityType) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (relationshipType) {
            String words = CAMEL_CASE_BREAK.matcher(text).replaceAll("$1_$2");
            return TYPE_WORD_BREAK.matcher(words.toLowerCase(Locale.ROOT)).replaceAll("_");
        }
        return text;
    }

    /** The rows of one table: the first names the columns, the others are handed on as values by column key. */
    private final class Table implements SheetRow.Handler {

        private final SheetLayout layout;
        private final int place;
        private final java.util.function.Consumer<RowValues> rows;
        private Map<Integer, String> columns;
        private boolean usable = true;

        Table(SheetLayout layout, int place, java.util.function.Consumer<RowValues> rows) {
            this.layout = layout;
            this.place = place;
            this.rows = rows;
        }

        @Override
        public void row(SheetRow row) {
            if (columns == null) {
                columns = header(row);
                return;
            }
            if (!usable) {
                return;
            }
            Map<String, LocatedValue> values = new LinkedHashMap<>();
            for (SheetCell cell : row.cells()) {
                String column = columns.get(cell.index());
                if (column == null) {
                    continue;
                }
                Position at = places.at(place, cell);
                if (cell.kind() == SheetCell.Kind.ERROR) {
                    problems.error(at, ProblemText.of("sheet.formulaError", column, DateText.shown(cell.text())));
                } else {
                    values.put(column, value(layout, column, cell, at));
                }
            }
            if (layout != SheetLayout.STORIES) {
                ObjectValue translations = TranslationColumns.take(values, translatable());
                if (translations != null) {
                    values.put(TranslationFields.FIELD, translations);
                }
            }
            rows.accept(new RowValues(places.at(place, row.number(), 1), values));
        }

        private Map<String, String> translatable() {
            return switch (layout) {
                case ENTITIES -> TranslationColumns.ENTITY;
                case RELATIONSHIPS -> TranslationColumns.RELATIONSHIP;
                default -> TranslationColumns.SOURCE;
            };
        }

        private Map<Integer, String> header(SheetRow row) {
            Map<Integer, String> byColumn = new HashMap<>();
            Map<String, SheetCell> seen = new HashMap<>();
            for (SheetCell cell : row.cells()) {
                Position at = places.at(place, cell);
                boolean translation = TranslationColumns.isTranslation(cell.text());
                Optional<String> column = translation
                        ? TranslationColumns.column(cell.text(), TranslationColumns.headers(layout),
                                TranslationColumns.what(layout), at, problems)
                        : layout.column(cell.text());
                String seenAs = column.map(c -> c.toLowerCase(Locale.ROOT)).orElse("");
                if (column.isEmpty()) {
                    if (!translation) {
                        problems.warning(at, ProblemText.of("sheet.unknownColumn", DateText.shown(cell.text()),
                                NearestName.hint(cell.text(), layout.headers())));
                    }
                } else if (seen.containsKey(seenAs)) {
                    problems.error(at, ProblemText.of("sheet.columnTwice", DateText.shown(cell.text()),
                            places.column(place, seen.get(seenAs))));
                } else {
                    seen.put(seenAs, cell);
                    byColumn.put(cell.index(), column.get());
                }
            }
            for (String required : REQUIRED_COLUMNS.get(layout)) {
                if (!seen.containsKey(required)) {
                    problems.error(places.at(place, row.number(), 1), ProblemText.of("sheet.missingColumn",
                            required, String.join(", ", layout.headers())));
                    usable = false;
                }
            }
            return byColumn;
        }
    }
}

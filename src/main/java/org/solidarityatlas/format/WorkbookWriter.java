package org.solidarityatlas.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.Translations;

/**
 * Writes a dataset as the {@code .xlsx} workbook {@link SpreadsheetReader} reads: sheets Entities,
 * Relationships, Sources, Stories and Dataset, a header row each, every cell text (dates as written, so "1992"
 * stays a year), lists joined with "; ", assigned relationship ids left out. Reading it back gives an equal
 * dataset. fastexcel streams the rows out, so a big dataset is never held twice.
 */
public final class WorkbookWriter {

    private static final String LIST_JOIN = "; ";
    private static final int ROWS_PER_FLUSH = 1000;

    /** Writes the file atomically: readers see the old file or the whole new one. */
    public void write(Dataset dataset, Path file) throws IOException {
        AtomicFile.write(file, out -> write(dataset, out));
    }

    /** Writes to the stream, which stays open (fastexcel finishes the zip, not the stream). */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try {
            writeWorkbook(dataset, out);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void writeWorkbook(Dataset dataset, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "SolidarityAtlas", "1.0");
        TranslationCells entityTranslations = new TranslationCells(TranslationColumns.ENTITY,
                dataset.entities().stream().map(Entity::translations));
        Sheet entities = new Sheet(workbook, SheetLayout.ENTITIES.sheetName(),
                entityTranslations.withHeaders(SheetLayout.ENTITIES.headers()));
        for (Entity e : dataset.entities()) {
            entities.row(entityTranslations.after(e.translations(), e.id(), e.id(), e.type().id(), e.name(),
                    list(e.aliases(), e), list(e.countries(), e), date(e.start()), date(e.end()), e.description(),
                    list(e.sources(), e), list(e.tags(), e)));
        }
        entities.finish();
        TranslationCells relationshipTranslations = new TranslationCells(TranslationColumns.RELATIONSHIP,
                dataset.relationships().stream().map(Relationship::translations));
        Sheet relationships = new Sheet(workbook, SheetLayout.RELATIONSHIPS.sheetName(),
                relationshipTranslations.withHeaders(SheetLayout.RELATIONSHIPS.headers()));
        for (Relationship r : dataset.relationships()) {
            relationships.row(relationshipTranslations.after(r.translations(), r.id(), r.idGiven() ? r.id() : null,
                    r.type(), r.from(), r.to(), r.role(), date(r.start()), date(r.end()), r.description(),
                    list(r.sources(), r.id())));
        }
        relationships.finish();
        TranslationCells sourceTranslations = new TranslationCells(TranslationColumns.SOURCE,
                dataset.sources().stream().map(Source::translations));
        Sheet sources = new Sheet(workbook, SheetLayout.SOURCES.sheetName(),
                sourceTranslations.withHeaders(SheetLayout.SOURCES.headers()));
        for (Source s : dataset.sources()) {
            sources.row(sourceTranslations.after(s.translations(), s.id(), s.id(), s.title(), s.author(),
                    s.publisher(), s.date(), s.url(), s.note()));
        }
        sources.finish();
        writeStories(workbook, dataset.stories());
        Sheet about = new Sheet(workbook, SheetLayout.DATASET_SHEET, List.of("key", "value"));
        about.row("title", dataset.title());
        if (dataset.description() != null) {
            about.row("description", dataset.description());
        }
        about.row("language", dataset.language());
        for (String language : dataset.translations().languages()) {
            for (String field : TranslationFields.DATASET) {
                String text = dataset.translations().text(language, field).orElse(null);
                if (text != null) {
                    about.row(TranslationColumns.header(field, language), text);
                }
            }
        }
        about.finish();
        workbook.finish();
        out.flush();
    }

    private static void writeStories(Workbook workbook, List<Story> stories) throws IOException {
        TranslationCells storyTranslations = new TranslationCells(TranslationColumns.STORY,
                stories.stream().map(Story::translations));
        TranslationCells stepTranslations = new TranslationCells(TranslationColumns.STEP,
                stories.stream().flatMap(story -> story.steps().stream()).map(StoryStep::translations));
        Sheet sheet = new Sheet(workbook, SheetLayout.STORIES.sheetName(),
                stepTranslations.withHeaders(storyTranslations.withHeaders(SheetLayout.STORIES.headers())));
        int stepColumns = SheetLayout.STORIES.headers().size() - 3;
        for (Story story : stories) {
            if (story.steps().isEmpty()) {
                List<Object> row = storyTranslations.after(story.translations(), story.id(), story.id(),
                        story.title(), story.description());
                row.addAll(3, java.util.Collections.nCopies(stepColumns, null));
                sheet.row(row);
            }
            boolean first = true;
            for (StoryStep step : story.steps()) {
                Object depth = step.depth().map(d -> (Object) d).orElse(null);
                List<Object> row = storyTranslations.after(first ? story.translations() : Translations.NONE,
                        story.id(), story.id(), first ? story.title() : null, first ? story.description() : null,
                        step.title(), step.text(), step.notes(), date(step.from()), date(step.to()),
                        list(step.focus(), story.id()), entityTypes(step.types()),
                        step.relationshipTypes().map(types -> list(new ArrayList<>(types), story.id())).orElse(null),
                        depth);
                row.addAll(stepTranslations.cells(step.translations(), story.id()));
                sheet.row(row);
                first = false;
            }
        }
        sheet.finish();
    }

    private static String entityTypes(Optional<Set<EntityType>> types) {
        return types.map(set -> String.join(LIST_JOIN, Arrays.stream(EntityType.values()).filter(set::contains)
                .map(EntityType::id).toList())).orElse(null);
    }

    private static String list(List<String> items, Entity owner) {
        return list(items, owner.id());
    }

    /** The items joined; an item holding a separator could not be read back as one, so it is refused. */
    private static String list(List<String> items, String owner) {
        for (String item : items) {
            if (item.indexOf(';') >= 0 || item.indexOf('|') >= 0) {
                throw new IllegalArgumentException("the list entry '" + item + "' of '" + owner + "' holds ';' or "
                        + "'|', which separate list entries in a workbook; export as JSON instead");
            }
        }
        return items.isEmpty() ? null : String.join(LIST_JOIN, items);
    }

    /**
     * The FIELD@LANG columns of one kind of item: a set of columns for each language any of the items is
     * translated into, in the order first met (tags differing in case only are one language).
     */
    private static final class TranslationCells {

        private final Map<String, String> fieldByColumn;
        private final List<String> languages = new ArrayList<>();

        TranslationCells(Map<String, String> fieldByColumn, Stream<Translations> all) {
            this.fieldByColumn = fieldByColumn;
            Set<String> seen = new HashSet<>();
            all.flatMap(translations -> translations.languages().stream())
                    .filter(language -> seen.add(language.toLowerCase(Locale.ROOT)))
                    .forEach(languages::add);
        }

        List<String> withHeaders(List<String> headers) {
            List<String> all = new ArrayList<>(headers);
            for (String language : languages) {
                fieldByColumn.keySet().forEach(column -> all.add(TranslationColumns.header(column, language)));
            }
            return all;
        }

        /** The row's own cells followed by its translation cells. */
        List<Object> after(Translations translations, String owner, Object... cells) {
            List<Object> row = new ArrayList<>(Arrays.asList(cells));
            row.addAll(cells(translations, owner));
            return row;
        }

        List<Object> cells(Translations translations, String owner) {
            List<Object> cells = new ArrayList<>();
            for (String language : languages) {
                String spelt = translations.languages().stream().filter(language::equalsIgnoreCase).findFirst()
                        .orElse(language);
                for (String field : fieldByColumn.values()) {
                    cells.add(field.equals(TranslationFields.ALIASES) ? list(translations.aliases(spelt), owner)
                            : translations.text(spelt, field).orElse(null));
                }
            }
            return cells;
        }
    }

    private static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }

    /** A worksheet written row by row, flushed as it goes. */
    private static final class Sheet {

        private final Worksheet worksheet;
        private int row;

        Sheet(Workbook workbook, String name, List<String> headers) throws IOException {
            worksheet = workbook.newWorksheet(name);
            for (int column = 0; column < headers.size(); column++) {
                worksheet.value(0, column, headers.get(column));
                worksheet.style(0, column).bold().set();
            }
            worksheet.freezePane(0, 1);
            row = 1;
        }

        void row(Object... cells) throws IOException {
            row(Arrays.asList(cells));
        }

        void row(List<Object> cells) throws IOException {
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof String text) {
                    worksheet.value(row, column, text);
                } else if (cell instanceof Number number) {
                    worksheet.value(row, column, number);
                }
            }
            row++;
            if (row % ROWS_PER_FLUSH == 0) {
                worksheet.flush();
            }
        }

        void finish() throws IOException {
            worksheet.finish();
        }
    }
}

package org.solidarityatlas.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        Sheet entities = new Sheet(workbook, SheetLayout.ENTITIES.sheetName(), SheetLayout.ENTITIES.headers());
        for (Entity e : dataset.entities()) {
            entities.row(e.id(), e.type().id(), e.name(), list(e.aliases(), e), list(e.countries(), e),
                    date(e.start()), date(e.end()), e.description(), list(e.sources(), e), list(e.tags(), e));
        }
        entities.finish();
        Sheet relationships = new Sheet(workbook, SheetLayout.RELATIONSHIPS.sheetName(),
                SheetLayout.RELATIONSHIPS.headers());
        for (Relationship r : dataset.relationships()) {
            relationships.row(r.idGiven() ? r.id() : null, r.type(), r.from(), r.to(), r.role(), date(r.start()),
                    date(r.end()), r.description(), list(r.sources(), r.id()));
        }
        relationships.finish();
        Sheet sources = new Sheet(workbook, SheetLayout.SOURCES.sheetName(), SheetLayout.SOURCES.headers());
        for (Source s : dataset.sources()) {
            sources.row(s.id(), s.title(), s.author(), s.publisher(), s.date(), s.url(), s.note());
        }
        sources.finish();
        writeStories(workbook, dataset.stories());
        Sheet about = new Sheet(workbook, SheetLayout.DATASET_SHEET, List.of("key", "value"));
        about.row("title", dataset.title());
        if (dataset.description() != null) {
            about.row("description", dataset.description());
        }
        about.row("language", dataset.language());
        about.finish();
        workbook.finish();
        out.flush();
    }

    private static void writeStories(Workbook workbook, List<Story> stories) throws IOException {
        Sheet sheet = new Sheet(workbook, SheetLayout.STORIES.sheetName(), SheetLayout.STORIES.headers());
        for (Story story : stories) {
            if (story.steps().isEmpty()) {
                sheet.row(story.id(), story.title(), story.description());
            }
            boolean first = true;
            for (StoryStep step : story.steps()) {
                Object depth = step.depth().map(d -> (Object) d).orElse(null);
                sheet.row(story.id(), first ? story.title() : null, first ? story.description() : null,
                        step.title(), step.text(), step.notes(), date(step.from()), date(step.to()),
                        list(step.focus(), story.id()), entityTypes(step.types()),
                        step.relationshipTypes().map(types -> list(new ArrayList<>(types), story.id())).orElse(null),
                        depth);
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
            for (int column = 0; column < cells.length; column++) {
                Object cell = cells[column];
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

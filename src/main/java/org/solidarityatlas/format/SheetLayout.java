package org.solidarityatlas.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sheets of a workbook (or the CSV files) a dataset is read from and written to, and their columns.
 * Column headers are the format's field names, matched ignoring case, spaces and underscores; Kumu's sheet and
 * column names ({@code Elements} with {@code Label}, {@code Connections}) are accepted as well.
 */
enum SheetLayout {
    ENTITIES(List.of("Entities", "Elements"),
            List.of("id", "type", "name", "aliases", "countries", "start", "end", "description", "sources", "tags"),
            Map.of("label", "name")),
    RELATIONSHIPS(List.of("Relationships", "Connections"),
            List.of("id", "type", "from", "to", "role", "start", "end", "description", "sources"),
            Map.of()),
    SOURCES(List.of("Sources"),
            List.of("id", "title", "author", "publisher", "date", "url", "note"),
            Map.of()),
    /** One row per step; the story's own columns repeat on its rows (or are left empty after its first row). */
    STORIES(List.of("Stories"),
            List.of("story", "story title", "story description", "step title", "text", "notes", "from", "to",
                    "focus", "types", "relationship types", "depth"),
            Map.of());

    /** Key and value rows: title, description, language. */
    static final String DATASET_SHEET = "Dataset";
    static final List<String> DATASET_KEYS = List.of("title", "description", "language");

    /** Columns whose cells hold lists, separated by ';' or '|'. */
    static final Set<String> LIST_COLUMNS = Set.of(
            "aliases", "countries", "sources", "tags", "focus", "types", "relationshiptypes");

    private final List<String> sheetNames;
    private final List<String> headers;
    private final Map<String, String> columnsByKey = new LinkedHashMap<>();

    SheetLayout(List<String> sheetNames, List<String> headers, Map<String, String> extraHeaders) {
        this.sheetNames = sheetNames;
        this.headers = headers;
        for (String header : headers) {
            columnsByKey.put(key(header), key(header));
        }
        extraHeaders.forEach((header, column) -> columnsByKey.put(key(header), key(column)));
    }

    /** The sheet name written, and read first. */
    String sheetName() {
        return sheetNames.get(0);
    }

    /** Every name the sheet is read under (the project's, then Kumu's). */
    List<String> sheetNames() {
        return sheetNames;
    }

    /** The header row written, in order. */
    List<String> headers() {
        return headers;
    }

    /** The column a header names, as its key ("storytitle"), or empty for an unknown header. */
    Optional<String> column(String header) {
        return Optional.ofNullable(columnsByKey.get(key(header)));
    }

    /** A header or sheet name as compared: lower case, without spaces and underscores. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "");
    }

    /**
     * Which kind of table a CSV file holds, told by its header keys: steps name their story, relationships have
     * both ends, entities a name (or Kumu's label), sources a title.
     */
    static Optional<SheetLayout> ofHeader(Set<String> keys) {
        if (keys.contains("story") || keys.contains("steptitle")) {
            return Optional.of(STORIES);
        }
        if (keys.contains("from") && keys.contains("to")) {
            return Optional.of(RELATIONSHIPS);
        }
        if (keys.contains("name") || keys.contains("label")) {
            return Optional.of(ENTITIES);
        }
        if (keys.contains("title")) {
            return Optional.of(SOURCES);
        }
        return Optional.empty();
    }
}

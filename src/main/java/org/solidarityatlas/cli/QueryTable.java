package org.solidarityatlas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.solidarityatlas.store.QueryResult;

/**
 * A query result as an aligned text table: header, rule, rows (numbers right-aligned), row count, and the rows
 * left out by the row limit.
 */
final class QueryTable {

    private static final String GAP = "  ";

    private QueryTable() {
    }

    static String render(QueryResult result) {
        List<String> columns = result.columns();
        List<List<String>> cells = new ArrayList<>();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = width(columns.get(c));
        }
        for (List<Object> row : result.rows()) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String cell = cell(c < row.size() ? row.get(c) : null);
                widths[c] = Math.max(widths[c], width(cell));
                line.add(cell);
            }
            cells.add(line);
        }
        StringBuilder table = new StringBuilder();
        if (!columns.isEmpty()) {
            List<String> rule = new ArrayList<>();
            for (int width : widths) {
                rule.add("-".repeat(width));
            }
            appendLine(table, columns, widths, null);
            appendLine(table, rule, widths, null);
            for (int r = 0; r < cells.size(); r++) {
                appendLine(table, cells.get(r), widths, result.rows().get(r));
            }
        }
        int count = result.rows().size();
        if (result.moreRows() > 0) {
            table.append(moreRows(result)).append('\n');
        }
        table.append('(').append(DatasetSpan.counted(count, "row", "rows"))
                .append(result.moreRows() > 0 ? " shown" : "").append(")\n");
        return table.toString();
    }

    /** The line that says rows were left out: "… and 1,234 more rows". */
    static String moreRows(QueryResult result) {
        return String.format(Locale.ROOT, "… and %,d more %s", result.moreRows(),
                result.moreRows() == 1 ? "row" : "rows");
    }

    private static void appendLine(StringBuilder table, List<String> cells, int[] widths, List<Object> values) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - width(cell));
            boolean number = values != null && c < values.size() && values.get(c) instanceof Number;
            if (c > 0) {
                line.append(GAP);
            }
            line.append(number ? padding + cell : cell + padding);
        }
        table.append(line.toString().stripTrailing()).append('\n');
    }

    /** One value as table text; line breaks become spaces so rows stay on one line. */
    static String cell(Object value) {
        return text(value).replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(QueryTable::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}

package org.solidarityatlas.cli;

import java.util.List;
import java.util.Map;
import org.solidarityatlas.store.QueryResult;

/**
 * A query result as JSON: an array with one object per row, keyed by column in column order. Values are the
 * plain Java the store hands over (text, numbers, booleans, lists, maps); anything else is written as its text.
 * Written by hand because Jackson belongs to the format package, which offers no general JSON writer.
 */
final class QueryJson {

    private QueryJson() {
    }

    static String render(QueryResult result) {
        StringBuilder json = new StringBuilder("[");
        List<String> columns = result.columns();
        for (int r = 0; r < result.rows().size(); r++) {
            List<Object> row = result.rows().get(r);
            json.append(r == 0 ? "\n  {" : ",\n  {");
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    json.append(", ");
                }
                string(json, columns.get(c));
                json.append(": ");
                value(json, c < row.size() ? row.get(c) : null);
            }
            json.append('}');
        }
        return json.append(result.rows().isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            // JSON has no NaN or infinity; those travel as text.
            if (Double.isFinite(number)) {
                json.append(value);
            } else {
                string(json, value.toString());
            }
        } else if (value instanceof Number) {
            json.append(value);
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(", ");
                }
                value(json, list.get(i));
            }
            json.append(']');
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    json.append(", ");
                }
                first = false;
                string(json, String.valueOf(entry.getKey()));
                json.append(": ");
                value(json, entry.getValue());
            }
            json.append('}');
        } else {
            string(json, value.toString());
        }
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, the rest kept as is. */
    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}

package org.solidarityatlas.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The benchmark's figures: each field either measured or missing with the reason, never made up. Printed as a
 * table for people or as one JSON object (written by hand: Jackson belongs to the format package).
 */
public final class BenchResults {

    private final boolean quick;
    private final Map<BenchField, Double> values = new EnumMap<>(BenchField.class);
    private final Map<BenchField, String> missing = new EnumMap<>(BenchField.class);

    public BenchResults(boolean quick) {
        this.quick = quick;
    }

    public void put(BenchField field, double value) {
        values.put(field, value);
        missing.remove(field);
    }

    /** Records why these fields could not be measured in this build or run. */
    public void missing(List<BenchField> fields, String reason) {
        for (BenchField field : fields) {
            if (!values.containsKey(field)) {
                missing.put(field, reason);
            }
        }
    }

    public OptionalDouble value(BenchField field) {
        Double value = values.get(field);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public Map<BenchField, String> missing() {
        return Map.copyOf(missing);
    }

    /**
     * One object: every field, a number or null; {@code quick} when the sizes were the smoke-test ones;
     * {@code missing} maps each null field to the reason.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"quick\": ").append(quick);
        for (BenchField field : BenchField.values()) {
            Double value = values.get(field);
            json.append(",\n  \"").append(field.jsonName()).append("\": ")
                    .append(value == null ? "null" : number(value));
        }
        json.append(",\n  \"missing\": {");
        String separator = "\n";
        for (Map.Entry<BenchField, String> entry : missing.entrySet()) {
            json.append(separator).append("    \"").append(entry.getKey().jsonName()).append("\": \"")
                    .append(escape(entry.getValue())).append('"');
            separator = ",\n";
        }
        json.append(missing.isEmpty() ? "}" : "\n  }").append("\n}\n");
        return json.toString();
    }

    /** A table: figure, value, target, and whether it is met. */
    public String toTable() {
        StringBuilder table = new StringBuilder(String.format("%-32s %12s %12s  %s%n", "figure", "value", "target",
                quick ? "met (quick sizes: not the real figures)" : "met"));
        for (BenchField field : BenchField.values()) {
            Double value = values.get(field);
            String met = value == null ? "missing: " + missing.getOrDefault(field, "not run")
                    : !field.target().exists() ? "" : field.target().metBy(value) ? "yes" : "NO";
            table.append(String.format("%-32s %12s %12s  %s%n", field.jsonName(),
                    value == null ? "-" : number(value), field.target().inWords(), met));
        }
        return table.toString();
    }

    /** Whole numbers without a fraction, others with at most two decimals. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

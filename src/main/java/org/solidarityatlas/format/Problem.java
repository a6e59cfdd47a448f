package org.solidarityatlas.format;

/**
 * One thing wrong (or suspicious) in a dataset file, at a 1-based line and column.
 * {@link #toString()} gives the one-line form people and editors read: {@code FILE:LINE:COLUMN: error: MESSAGE}.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    /** File names and messages quote the file's text: they are kept printable (see {@link PrintableText}). */
    public Problem {
        file = PrintableText.of(file);
        message = PrintableText.of(message);
    }

    public enum Severity {
        ERROR, WARNING;

        String word() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
    }
}

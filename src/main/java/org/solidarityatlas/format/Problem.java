package org.solidarityatlas.format;

/**
 * One thing wrong (or suspicious) in a dataset file, at a 1-based line and column.
 * {@link #toString()} gives the one-line form people and editors read: {@code FILE:LINE:COLUMN: error: MESSAGE}.
 * A problem in a workbook names its cell instead ({@code FILE:Entities!B7: error: MESSAGE}, {@code line} and
 * {@code column} then being the cell's row and column), and one about a workbook as a whole names only the file.
 */
public record Problem(String file, int line, int column, Severity severity, String message, String cell) {

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

    /** A problem at a line and column of a text file. */
    public Problem(String file, int line, int column, Severity severity, String message) {
        this(file, line, column, severity, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where in the file: "LINE:COLUMN", a workbook cell such as "Entities!B7", or "" for the file as a whole. */
    public String place() {
        return cell != null ? cell : line + ":" + column;
    }

    @Override
    public String toString() {
        String place = place();
        return file + (place.isEmpty() ? "" : ":" + place) + ": " + severity.word() + ": " + message;
    }
}

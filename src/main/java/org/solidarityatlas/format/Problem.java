package org.solidarityatlas.format;

import java.util.Locale;

/**
 * One thing wrong (or suspicious) in a dataset file, at a 1-based line and column.
 * {@link #toString()} gives the one-line form people and editors read: {@code FILE:LINE:COLUMN: error: MESSAGE}.
 * A problem in a workbook names its cell instead ({@code FILE:Entities!B7: error: MESSAGE}, {@code line} and
 * {@code column} then being the cell's row and column), and one about a workbook as a whole names only the file.
 * What it says is kept as a {@link ProblemText}, so the window can say it in its own language; {@link #message()}
 * is the English the command line prints.
 */
public record Problem(String file, int line, int column, Severity severity, ProblemText text, String cell) {

    /** File names quote the file's text: they are kept printable (see {@link PrintableText}). */
    public Problem {
        file = PrintableText.of(file);
    }

    public enum Severity {
        ERROR, WARNING;

        String word() {
            return this == ERROR ? "error" : "warning";
        }
    }

    /** A problem at a line and column of a text file. */
    public Problem(String file, int line, int column, Severity severity, ProblemText text) {
        this(file, line, column, severity, text, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in English (printable: the file's text is quoted with its control characters escaped). */
    public String message() {
        return text.english();
    }

    /** Where in the file: "LINE:COLUMN", a workbook cell such as "Entities!B7", or "" for the file as a whole. */
    public String place() {
        return cell != null ? cell : line + ":" + column;
    }

    /**
     * The problem as a window in {@code locale}'s language lists it, with where it is in words:
     * "línea 12, columna 5: falta el campo obligatorio «id» en la entidad 3", "Entities!B7: …".
     */
    public String describe(Locale locale) {
        String message = text.in(locale);
        if (cell != null) {
            return cell.isEmpty() ? message : ProblemText.of("place.cell", cell, message).in(locale);
        }
        return ProblemText.of("place.lineColumn", line, column, message).in(locale);
    }

    @Override
    public String toString() {
        String place = place();
        return file + (place.isEmpty() ? "" : ":" + place) + ": " + severity.word() + ": " + message();
    }
}

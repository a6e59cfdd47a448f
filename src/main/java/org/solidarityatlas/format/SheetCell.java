package org.solidarityatlas.format;

/**
 * One non-empty cell of a spreadsheet row or CSV record, as text: for a workbook the row and column of the cell,
 * for a CSV file the line and column where the field starts.
 */
record SheetCell(String text, Kind kind, int row, int column) {

    /** What the cell held: text, a number (written as {@link #text} without trailing zeros), or a real date. */
    enum Kind {
        TEXT, NUMBER, DATE, ERROR
    }
}

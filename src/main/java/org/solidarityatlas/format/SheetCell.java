package org.solidarityatlas.format;

/**
 * One non-empty cell of a spreadsheet row or CSV record, as text: for a workbook the row and column of the cell,
 * for a CSV file the line and column where the field starts. {@code index} counts the cells of the row from 1
 * (in a workbook it is the column), so that a cell is matched with its header.
 */
record SheetCell(String text, Kind kind, int row, int column, int index) {

    /** A workbook cell, whose index is its column. */
    SheetCell(String text, Kind kind, int row, int column) {
        this(text, kind, row, column, column);
    }

    /** What the cell held: text, a number (written as {@link #text} without trailing zeros), or a real date. */
    enum Kind {
        TEXT, NUMBER, DATE, ERROR
    }
}

package org.solidarityatlas.format;

import java.util.List;

/** A row of a sheet or a record of a CSV file: its number (row or line) and its non-empty cells, left to right. */
record SheetRow(int number, List<SheetCell> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** Streams rows one by one as a sheet or CSV file is read. */
    @FunctionalInterface
    interface Handler {
        void row(SheetRow row);
    }
}

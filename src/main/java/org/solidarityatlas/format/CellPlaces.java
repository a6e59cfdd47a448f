package org.solidarityatlas.format;

import java.util.ArrayList;
import java.util.List;
import org.solidarityatlas.format.LocatedValue.Position;

/**
 * Where the cells of the sheets and CSV files read as one dataset are. The checks of the JSON format locate
 * their problems by line and column; here each sheet or CSV file is numbered and a cell's "line" carries that
 * number above its row, so that the same checks run unchanged and their problems map back to
 * {@code FILE:SHEET!B7} (workbooks) or {@code FILE:LINE:COLUMN} (CSV). They also sort sheet by sheet.
 */
final class CellPlaces {

    private static final int ROW_BITS = 21;
    /** Rows above this cannot be told apart; Excel itself stops at 1,048,576. */
    static final int MAX_ROW = (1 << ROW_BITS) - 1;
    private static final String FIRST_USED = "place.firstUsedOnLine";

    /** A sheet of a workbook, or a CSV file ({@code sheet} null). */
    private record Place(String file, String sheet) {
    }

    private final List<Place> places = new ArrayList<>(List.of(new Place("", null)));

    /** Numbers a sheet of a workbook (or a CSV file, with {@code sheet} null) and returns its number. */
    int add(String file, String sheet) {
        places.add(new Place(file, sheet));
        return places.size() - 1;
    }

    Position at(int place, int row, int column) {
        return new Position((place << ROW_BITS) | Math.min(row, MAX_ROW), column);
    }

    Position at(int place, SheetCell cell) {
        return at(place, cell.row(), cell.column());
    }

    /** How a column is named in messages: "column B" in a sheet, "column 17" of a line in a CSV file. */
    ProblemText column(int place, SheetCell cell) {
        return places.get(place).sheet() == null ? ProblemText.of("place.csvColumn", cell.row(), cell.column())
                : ProblemText.of("place.sheetColumn", columnLetters(cell.column()));
    }

    /**
     * The problem as the user reads it; {@code wholeFile} names the input for problems that are not about a
     * cell (a workbook without an Entities sheet).
     */
    Problem located(Problem problem, String wholeFile) {
        int place = problem.line() >>> ROW_BITS;
        if (place == 0 || place >= places.size()) {
            return new Problem(wholeFile, problem.line(), problem.column(), problem.severity(), problem.text(), "");
        }
        Place where = places.get(place);
        int row = problem.line() & MAX_ROW;
        ProblemText message = rewriteLineReferences(problem.text(), where.sheet() != null);
        String cell = where.sheet() == null ? null : sheetReference(where.sheet()) + "!"
                + columnLetters(problem.column()) + row;
        return new Problem(where.file(), row, problem.column(), problem.severity(), message, cell);
    }

    /** The checks name the line of an earlier duplicate; that line is a cell's encoded line too. */
    private static ProblemText rewriteLineReferences(ProblemText message, boolean inSheet) {
        return message.rewritten(part -> {
            if (!part.key().equals(FIRST_USED)) {
                return part;
            }
            int row = (Integer) part.args().get(0) & MAX_ROW;
            return ProblemText.of(inSheet ? "place.firstUsedInRow" : FIRST_USED, row);
        });
    }

    /** Spreadsheet column letters: 1 is A, 27 is AA. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = Math.max(1, column); n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A sheet name as formulas write it: quoted when it holds anything but letters, digits and '_'. */
    private static String sheetReference(String sheet) {
        return sheet.matches("[\\p{L}\\p{Nd}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}

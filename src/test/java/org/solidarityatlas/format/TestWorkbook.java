package org.solidarityatlas.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes small .xlsx workbooks for tests with fastexcel, the way a spreadsheet program saves them: text cells,
 * number cells (Integer, Double) and real date cells (LocalDate, stored as a day number with a date format).
 * A null leaves the cell empty; an empty row array leaves the row empty.
 */
public final class TestWorkbook {

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    public TestWorkbook sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(List.of(rows)));
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    public Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            for (Map.Entry<String, List<Object[]>> sheet : sheets.entrySet()) {
                Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                List<Object[]> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Object[] cells = rows.get(r);
                    for (int c = 0; c < cells.length; c++) {
                        write(worksheet, r, c, cells[c]);
                    }
                }
                worksheet.finish();
            }
            workbook.finish();
        }
        return file;
    }

    private static void write(Worksheet worksheet, int row, int column, Object cell) {
        if (cell instanceof String text) {
            worksheet.value(row, column, text);
        } else if (cell instanceof Number number) {
            worksheet.value(row, column, number);
        } else if (cell instanceof LocalDate date) {
            worksheet.value(row, column, date);
            worksheet.style(row, column).format("dd/mm/yyyy").set();
        } else if (cell != null) {
            throw new IllegalArgumentException("cannot write " + cell.getClass());
        }
    }
}

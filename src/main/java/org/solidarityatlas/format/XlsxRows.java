package org.solidarityatlas.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams the rows of an {@code .xlsx} workbook's sheets with fastexcel's reader, which parses each sheet's XML
 * as it goes instead of loading it, so a sheet of 100,000 rows never sits in memory as a whole. Numbers come as
 * written without trailing zeros, and numbers formatted as dates as {@code YYYY-MM-DD}.
 */
final class XlsxRows implements Closeable {

    /** The date formats Excel builds in (format ids 14-22, 45-47 and those of East Asian locales). */
    private static final Pattern BUILT_IN_DATE_FORMAT = Pattern.compile("1[4-9]|2[0-2]|2[7-9]|3[0-6]|4[5-7]|5[0-8]");
    /** In a custom format, text in quotes or brackets and escaped characters say nothing about dates. */
    private static final Pattern NOT_A_FORMAT_CODE = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.|_.|\\*.");
    private static final Pattern DATE_CODE = Pattern.compile("[dDmMyY]");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private final ReadableWorkbook workbook;

    private XlsxRows(ReadableWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Opens the workbook; a file that is not one throws with a message for the user. */
    static XlsxRows open(Path file) throws IOException {
        byte[] header = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(header, 0, header.length);
            if (n == header.length && ReadableWorkbook.isOLE2Header(header)) {
                throw new IOException("this is an old Excel 97-2003 (.xls) workbook or is encrypted; "
                        + "save it as an Excel workbook (.xlsx) and try again");
            }
            if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(header)) {
                throw new IOException("this is not an Excel workbook (.xlsx): it is not a zip file");
            }
        }
        try {
            return new XlsxRows(new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false)));
        } catch (RuntimeException e) {
            throw new IOException("this is not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
        }
    }

    /** The names of the sheets, in workbook order. */
    List<String> sheetNames() {
        return workbook.getSheets().map(Sheet::getName).toList();
    }

    /** The first sheet whose name matches one of {@code names}, ignoring case, spaces and underscores. */
    Optional<String> findSheet(List<String> names) {
        for (String wanted : names) {
            for (String actual : sheetNames()) {
                if (SheetLayout.key(actual).equals(SheetLayout.key(wanted))) {
                    return Optional.of(actual);
                }
            }
        }
        return Optional.empty();
    }

    /** Streams the sheet's rows that hold anything, in order. */
    void read(String sheetName, SheetRow.Handler handler) throws IOException {
        Sheet sheet = workbook.findSheet(sheetName).orElseThrow(() -> new IOException("no sheet " + sheetName));
        try (Stream<Row> rows = sheet.openStream()) {
            rows.forEach(row -> {
                SheetRow read = row(row);
                if (!read.isEmpty()) {
                    handler.row(read);
                }
            });
        } catch (RuntimeException e) {
            // fastexcel reports broken XML inside the zip unchecked.
            throw new IOException("sheet '" + sheetName + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private SheetRow row(Row row) {
        List<SheetCell> cells = new ArrayList<>(row.getCellCount());
        for (Cell cell : row) {
            if (cell == null) {
                continue;
            }
            SheetCell read = cell(cell, row.getRowNum());
            if (read != null && !read.text().isEmpty()) {
                cells.add(read);
            }
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    private SheetCell cell(Cell cell, int rowNumber) {
        int column = cell.getColumnIndex() + 1;
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> number(cell, rowNumber, column);
            case STRING -> new SheetCell(SheetText.trimmed(cell.getText()), SheetCell.Kind.TEXT, rowNumber, column);
            case BOOLEAN -> new SheetCell(cell.getText().toUpperCase(java.util.Locale.ROOT), SheetCell.Kind.TEXT,
                    rowNumber, column);
            case ERROR -> new SheetCell(cell.getRawValue(), SheetCell.Kind.ERROR, rowNumber, column);
            // The value a formula last computed, as the spreadsheet saved it.
            case FORMULA -> new SheetCell(SheetText.trimmed(cell.getRawValue() == null ? "" : cell.getRawValue()),
                    SheetCell.Kind.TEXT, rowNumber, column);
        };
    }

    private SheetCell number(Cell cell, int rowNumber, int column) {
        BigDecimal value = cell.asNumber();
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDate epoch = workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900;
            LocalDate day = epoch.plusDays(value.longValue());
            return new SheetCell(day.toString(), SheetCell.Kind.DATE, rowNumber, column);
        }
        return new SheetCell(SheetText.number(value), SheetCell.Kind.NUMBER, rowNumber, column);
    }

    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null && BUILT_IN_DATE_FORMAT.matcher(formatId.toString()).matches()) {
            return true;
        }
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        return DATE_CODE.matcher(NOT_A_FORMAT_CODE.matcher(format).replaceAll("")).find();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}

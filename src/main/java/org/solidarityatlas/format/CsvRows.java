package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV file with Jackson's CSV parser: comma separated, fields quoted with '"' may hold
 * commas, quotes (doubled) and line breaks. The bytes must be UTF-8, with or without a byte order mark; a cell's
 * place is the line and column where its field starts.
 */
final class CsvRows {

    private static final CsvFactory FACTORY = new CsvFactory();

    private CsvRows() {
    }

    /**
     * Reads the records of the file, handing those that hold anything to the handler. Bytes that are not UTF-8
     * throw {@link UnreadableInputException} with their place; a broken record (a quote never closed) throws
     * {@link com.fasterxml.jackson.core.JsonProcessingException} with its location.
     */
    static void read(Path file, SheetRow.Handler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                CsvParser parser = FACTORY.createParser(new StrictUtf8Reader(in, JsonConfiguration.MAX_FILE_BYTES))) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<SheetCell> cells = new ArrayList<>();
            int recordLine = 0;
            int index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    JsonLocation at = parser.currentTokenLocation();
                    int line = Math.max(1, at.getLineNr());
                    if (recordLine == 0) {
                        recordLine = line;
                    }
                    String text = SheetText.trimmed(parser.getText());
                    index++;
                    if (!text.isEmpty()) {
                        cells.add(new SheetCell(text, SheetCell.Kind.TEXT, line, Math.max(1, at.getColumnNr()),
                                index));
                    }
                } else if (token == JsonToken.END_ARRAY && recordLine != 0) {
                    if (!cells.isEmpty()) {
                        handler.row(new SheetRow(recordLine, cells));
                    }
                    cells.clear();
                    recordLine = 0;
                    index = 0;
                }
            }
        }
    }
}

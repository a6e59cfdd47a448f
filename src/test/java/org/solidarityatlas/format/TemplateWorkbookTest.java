package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;

/**
 * Keeps {@code assets/template.xlsx} in step with the project's export: it must hold the example dataset
 * ({@code src/test/resources/sheets/template.json}) with the very sheets and header rows the export writes now.
 * To make it again: {@code ./mvnw test -Dtest=TemplateWorkbookTest -Datlas.template=$PWD/assets/template.xlsx}.
 */
class TemplateWorkbookTest {

    private static final Path TEMPLATE = Path.of("assets/template.xlsx");

    @TempDir
    Path temporary;

    private static Dataset example() {
        ReadResult result = new DatasetReader().read(CsvReaderTest.sheet("template.json"));
        assertTrue(result.isValid(), () -> result.problems().toString());
        return result.dataset().orElseThrow();
    }

    /** Each sheet's name and its header row, in workbook order. */
    private static Map<String, List<String>> headers(Path workbook) throws Exception {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        try (XlsxRows rows = XlsxRows.open(workbook)) {
            for (String sheet : rows.sheetNames()) {
                List<String> header = new ArrayList<>();
                rows.read(sheet, row -> {
                    if (header.isEmpty() && row.number() == 1) {
                        row.cells().forEach(cell -> header.add(cell.text()));
                    }
                });
                headers.put(sheet, header);
            }
        }
        return headers;
    }

    @Test
    void templateWorkbookHoldsTheExampleDataset() throws Exception {
        String regenerate = System.getProperty("atlas.template");
        if (regenerate != null) {
            new WorkbookWriter().write(example(), Path.of(regenerate));
        }
        ReadResult template = new SpreadsheetReader().readWorkbook(TEMPLATE);

        assertTrue(template.problems().isEmpty(), () -> template.problems().toString());
        assertEquals(example(), template.dataset().orElseThrow());
    }

    @Test
    void templateWorkbookHasTheSheetsAndColumnsTheExportWrites() throws Exception {
        Path exported = temporary.resolve("exported.xlsx");
        new WorkbookWriter().write(example(), exported);

        assertEquals(headers(exported), headers(TEMPLATE));
    }
}

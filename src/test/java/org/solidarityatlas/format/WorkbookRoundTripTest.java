package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;

class WorkbookRoundTripTest {

    @TempDir
    Path temporary;

    private static Dataset json(Path file) {
        ReadResult result = new DatasetReader().read(file);
        assertTrue(result.isValid(), () -> result.problems().toString());
        return result.dataset().orElseThrow();
    }

    private Dataset throughWorkbook(Dataset dataset) throws Exception {
        Path workbook = temporary.resolve("exported.xlsx");
        new WorkbookWriter().write(dataset, workbook);
        ReadResult result = new SpreadsheetReader().readWorkbook(workbook);
        assertTrue(result.isValid(), () -> result.problems().toString());
        assertEquals(List.of(), result.warnings());
        return result.dataset().orElseThrow();
    }

    @Test
    void workbookRoundTripGivesBackIdsDatesSourcesAndStories() throws Exception {
        Dataset original = json(CsvReaderTest.sheet("round-trip.json"));

        assertEquals(original, throughWorkbook(original));
    }

    @Test
    void bundledDatasetSurvivesTheWorkbookRoundTrip() throws Exception {
        Dataset bundled = json(Path.of("seeds/ue-fat-alliance.json"));

        assertEquals(bundled, throughWorkbook(bundled));
    }

    @Test
    void listEntryHoldingASeparatorIsRefusedRatherThanSplitOnTheWayBack() {
        Dataset original = json(CsvReaderTest.sheet("round-trip.json"));
        var ue = original.entities().get(0);
        var renamed = new org.solidarityatlas.model.Entity(ue.id(), ue.type(), ue.name(), List.of("UE; United"),
                ue.countries(), ue.start(), ue.end(), ue.description(), ue.sources(), ue.tags());
        List<org.solidarityatlas.model.Entity> entities = new ArrayList<>(original.entities());
        entities.set(0, renamed);
        Dataset withSeparator = new Dataset(original.title(), original.description(), original.language(),
                original.sources(), entities, original.relationships(), original.stories());
        Path workbook = temporary.resolve("refused.xlsx");

        var error = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new WorkbookWriter().write(withSeparator, workbook));

        assertTrue(error.getMessage().contains("'UE; United'"), error.getMessage());
        assertTrue(Files.notExists(workbook));
    }
}

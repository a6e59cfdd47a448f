package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;

/** CSV files in src/test/resources/sheets/, written with printf so that their bytes (BOM, Latin-1) are exact. */
class CsvReaderTest {

    static Path sheet(String name) {
        try {
            return Path.of(CsvReaderTest.class.getResource("/sheets/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture sheets/" + name, e);
        }
    }

    private static List<String> problems(ReadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void csvFilesWithBomQuotedCommasAndLineBreaksReadAsOneDataset() {
        ReadResult result = new SpreadsheetReader().readCsv(
                List.of(sheet("relationships.csv"), sheet("sources.csv"), sheet("entities.csv")));

        assertTrue(result.isValid(), () -> problems(result).toString());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("entities", dataset.title());
        assertEquals("ue", dataset.entities().get(0).id());
        assertEquals("Radio, machine and electrical workers; founded 1936", dataset.entities().get(0).description());
        assertEquals("An independent federation.\nFounded in 1960, it \"stayed\" independent.",
                dataset.entities().get(1).description());
        assertEquals(List.of("FAT", "Authentic Labor Front"), dataset.entities().get(1).aliases());
        assertEquals("ue->fat", dataset.relationships().get(0).from() + "->" + dataset.relationships().get(0).to());
        assertEquals("Cross-border organizing, 1990s", dataset.sources().get(0).title());
    }

    @Test
    void csvProblemsAreLocatedByFileLineAndColumn() {
        Path entities = sheet("broken-entities.csv");
        Path relationships = sheet("broken-relationships.csv");

        ReadResult result = new SpreadsheetReader().readCsv(List.of(entities, relationships));

        assertEquals(List.of(
                entities + ":3:5: error: unknown entity type 'unoin' (did you mean 'union'?); the types are union, "
                        + "alliance, person, campaign, organization, event",
                entities + ":3:11: error: 'start' '19600' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, "
                        + "e.g. 1994, 1994-01 or 1994-01-01",
                relationships + ":1:14: warning: unknown column 'colour'; it is ignored",
                relationships + ":2:4: error: unknown entity 'FTA' (did you mean 'fat'?)"), problems(result));
    }

    @Test
    void csvFileThatIsNotUtf8GetsAClearError() {
        Path latin1 = sheet("latin1-entities.csv");

        ReadResult result = new SpreadsheetReader().readCsv(List.of(latin1, sheet("relationships.csv")));

        assertEquals(1, result.errors().size(), () -> problems(result).toString());
        String error = result.errors().get(0).toString();
        assertTrue(error.startsWith(latin1 + ":2:13: error: ") && error.contains("UTF-8"), error);
    }

    @Test
    void csvFileWhoseHeaderNamesNoTableIsRefused() {
        Path unknown = sheet("unknown-header.csv");

        ReadResult result = new SpreadsheetReader().readCsv(List.of(sheet("entities.csv"), unknown));

        assertEquals(List.of(unknown + ":1:1: error: cannot tell what this file holds: its header row must name "
                + "'name' (entities), 'from' and 'to' (relationships), 'id' and 'title' (sources) or 'story' (stories)"),
                problems(result));
    }
}

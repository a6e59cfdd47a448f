package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.TestWorkbook.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of spreadsheet problem, each at its exact cell, with the JSON validator's message. */
class WorkbookErrorsTest {

    @TempDir
    Path temporary;

    private List<String> problems(Path file) {
        ReadResult result = new SpreadsheetReader().readWorkbook(file);
        assertTrue(result.dataset().isEmpty() || result.errors().isEmpty());
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyProblemOfAWorkbookIsReportedAtItsCell() throws Exception {
        Path file = new TestWorkbook()
                .sheet("Entities",
                        row("id", "type", "name", "start", "end", "countries", "Colour"),
                        row("ue", "union", "UE", 1936, null, "US", "red"),
                        row("ue", "union", "Duplicate"),
                        row(null, "unoin", "FAT"),
                        row("p1", "person", "Ann", "1990-13"),
                        row("p2", "person"),
                        row("p3", "person", "Bob", 2000, "1990"),
                        row("p4", "person", "Ann"),
                        row("p5", "person", "Cy", null, null, "mex"))
                .sheet("Relationships",
                        row("type", "from", "to", "sources"),
                        row("partner_of", "UE", "FTA"),
                        row("partner_of", "Ann", "ue"),
                        row("partner_of", "ue", "ue"),
                        row("partner/of", "ue", "fat", "artcle"))
                .sheet("Stories",
                        row("story", "story title", "step title", "focus", "depth"),
                        row("s", "A story", "First", "nobody", 7))
                .writeTo(temporary.resolve("broken.xlsx"));

        assertEquals(List.of(
                file + ":Entities!G1: warning: unknown column 'Colour'; it is ignored",
                file + ":Entities!A3: error: duplicate entity id 'ue' (first used in row 2)",
                file + ":Entities!B4: error: unknown entity type 'unoin' (did you mean 'union'?); the types are union, "
                        + "alliance, person, campaign, organization, event",
                file + ":Entities!D5: error: 'start' '1990-13' is not a real date (no such month or day)",
                file + ":Entities!A6: error: missing required field 'name' in entity",
                file + ":Entities!E7: error: 'end' 1990 is before 'start' 2000",
                file + ":Entities!F9: error: country 'mex' must be an ISO 3166-1 alpha-2 code: two upper-case "
                        + "letters such as 'MX' or 'US'",
                file + ":Relationships!C2: error: unknown entity 'FTA' (did you mean 'fat'?)",
                file + ":Relationships!B3: error: 'Ann' is the name of 2 entities ('p1', 'p4'); write the id of the "
                        + "one you mean",
                file + ":Relationships!C4: error: relationship goes from 'ue' to itself; 'from' and 'to' must name "
                        + "different entities",
                file + ":Relationships!A5: error: 'type' 'partner/of' must be snake_case (lower-case words joined by "
                        + "'_'), e.g. 'partner_of'",
                file + ":Relationships!D5: error: unknown source 'artcle'",
                file + ":Stories!D2: error: unknown entity 'nobody' in 'focus'",
                file + ":Stories!E2: error: 'depth' must be a whole number from 1 to 3, not 7"), problems(file));
    }

    @Test
    void sheetWithoutARequiredColumnIsReportedOnceAtItsHeader() throws Exception {
        Path file = new TestWorkbook()
                .sheet("Entities", row("name", "type"), row("UE", "union"))
                .sheet("Relationships", row("type", "from", "from"), row("partner_of", "UE", "UE"))
                .writeTo(temporary.resolve("no-to.xlsx"));

        assertEquals(List.of(
                file + ":Relationships!A1: error: missing required column 'to'; the columns are id, type, from, to, "
                        + "role, start, end, description, sources",
                file + ":Relationships!C1: error: column 'from' appears twice (first in column B)"), problems(file));
    }

    @Test
    void workbookWithoutRelationshipsSheetNamesTheSheetsItHas() throws Exception {
        Path file = new TestWorkbook()
                .sheet("Entities", row("name", "type"), row("UE", "union"))
                .sheet("Notes", row("anything"))
                .writeTo(temporary.resolve("no-relationships.xlsx"));

        assertEquals(List.of(file + ": error: the workbook has no sheet 'Relationships' (Kumu's 'Connections' will "
                + "do); its sheets are Entities, Notes"), problems(file));
    }

    @Test
    void emptyEntitiesSheetSaysWhatItsFirstRowMustHold() throws Exception {
        Path file = new TestWorkbook()
                .sheet("Entities")
                .sheet("Relationships", row("type", "from", "to"))
                .writeTo(temporary.resolve("empty.xlsx"));

        assertEquals(List.of(file + ":Entities!A1: error: there is nothing here; the first row must name the columns: "
                + "id, type, name, aliases, countries, start, end, description, sources, tags"), problems(file));
    }

    @Test
    void fileThatIsNotAWorkbookIsOneClearError() throws Exception {
        Path file = Files.writeString(temporary.resolve("notes.xlsx"), "id,name\nue,UE\n");

        assertEquals(List.of(file + ": error: this is not an Excel workbook (.xlsx): it is not a zip file"),
                problems(file));
    }

    @Test
    void missingWorkbookIsOneClearError() {
        Path file = temporary.resolve("missing.xlsx");

        assertEquals(List.of(file + ": error: no such file"), problems(file));
    }
}

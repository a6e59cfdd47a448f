package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.fixture;
import static org.solidarityatlas.format.TestWorkbook.row;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.TestWorkbook;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.testing.Neo4jStore;

/** import, validate and export with workbooks and CSV files. */
class SpreadsheetCommandsTest {

    @TempDir
    Path temporary;

    @RegisterExtension
    final Neo4jStore neo4j = Neo4jStore.forCommands();

    private Path db() {
        return neo4j.directory();
    }

    private Dataset stored() {
        return neo4j.storedDataset();
    }

    private static Path sheet(String name) {
        try {
            return Path.of(SpreadsheetCommandsTest.class.getResource("/sheets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void brokenWorkbookChangesNothingStored() throws Exception {
        atlas("import", fixture("alliance.json").toString(), "--db", db().toString());
        Dataset before = stored();
        Path broken = new TestWorkbook()
                .sheet("Entities", row("name", "type"), row("UE", "union"), row("FAT", "unoin"))
                .sheet("Relationships", row("from", "to", "type"), row("UE", "FAT", "partner_of"))
                .writeTo(temporary.resolve("broken.xlsx"));

        AtlasRun run = atlas("import", broken.toString(), "--db", db().toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(
                broken + ":Entities!B3: error: unknown entity type 'unoin' (did you mean 'union'?); the types are "
                        + "union, alliance, person, campaign, organization, event",
                "atlas: " + broken + " was not imported (1 error); the stored dataset is unchanged"), run.errLines());
        assertEquals(before, stored());
    }

    @Test
    void csvFilesImportTogetherAsOneDataset() {
        String entities = sheet("entities.csv").toString();
        String relationships = sheet("relationships.csv").toString();
        String sources = sheet("sources.csv").toString();

        AtlasRun run = atlas("import", entities, relationships, sources, "--db", db().toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("ue", "fat"), stored().entities().stream().map(e -> e.id()).toList());
        assertEquals(1, stored().relationships().size());
    }

    @Test
    void validateChecksCsvFilesTogetherAndWorkbooksOnTheirOwn() throws Exception {
        Path workbook = new TestWorkbook()
                .sheet("Entities", row("name", "type"), row("UE", "union"))
                .sheet("Relationships", row("from", "to", "type"))
                .writeTo(temporary.resolve("small.xlsx"));
        String entities = sheet("entities.csv").toString();
        String relationships = sheet("relationships.csv").toString();
        String sources = sheet("sources.csv").toString();

        AtlasRun run = atlas("validate", entities, workbook.toString(), relationships, sources);

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(workbook + ": valid — 1 entity, 0 relationships, undated",
                entities + ", " + relationships + ", " + sources + ": valid — 2 entities, 1 relationship, 1936–1992"),
                run.outLines());
    }

    @Test
    void workbookExportImportsBackAsTheSameDataset() {
        atlas("import", fixture("alliance.json").toString(), "--db", db().toString());
        Dataset before = stored();
        Path out = temporary.resolve("alliance.xlsx");

        AtlasRun export = atlas("export", "--format", "xlsx", "--out", out.toString(), "--db", db().toString());
        AtlasRun reimport = atlas("import", out.toString(), "--db", db().toString());

        assertEquals(0, export.exitCode(), export.toString());
        assertEquals(List.of("exported 6 entities, 5 relationships, 1936–2023 to " + out + " (xlsx)"),
                export.outLines());
        assertEquals(0, reimport.exitCode(), reimport.toString());
        assertEquals(before, stored());
        assertEquals(new DatasetReader().read(fixture("alliance.json")).dataset().orElseThrow(), stored());
    }

    @Test
    void jsonAndCsvTogetherAreRefusedAsNotOneDataset() {
        AtlasRun run = atlas("import", fixture("small.json").toString(), sheet("entities.csv").toString(),
                "--db", db().toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.errLines().get(0).endsWith(": error: a dataset is one JSON file, one .xlsx workbook, or CSV "
                + "files (entities, relationships and optionally sources and stories); these files are not one of "
                + "those"), run.toString());
    }
}

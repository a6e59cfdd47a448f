package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.TestWorkbook.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

class WorkbookReaderTest {

    @TempDir
    Path temporary;

    /** A workbook in the project's layout written as a person would: headers in any case, types capitalised. */
    private Path projectWorkbook() throws Exception {
        return new TestWorkbook()
                .sheet("Dataset", row("key", "value"), row("title", "UE and the FAT"), row("language", "en"))
                .sheet("Entities",
                        row("ID", "Type", "Name", "Aliases", "Countries", "Start", "End", "Description", "Sources",
                                "Tags"),
                        row("ue", "Union", "United Electrical Workers", "UE | United Electrical", "US", 1936, null,
                                null, "article", null),
                        row(null, "union", "  Frente Auténtico del Trabajo ", "FAT; Authentic Labor Front", "MX",
                                "1960", null, "A Mexican union federation.", null, "independent;labor"),
                        row(),
                        row("nao", "EVENT", "First NAO complaint", null, null, null,
                                LocalDate.of(1994, 2, 14), null, null, null, null),
                        row("soa", "alliance", "Strategic Organizing Alliance", null, null, "1992-03"))
                .sheet("Relationships",
                        row("type", "From", "to", "Start", "Sources"),
                        row("Member Of", "UE", "soa", 1992, "article"),
                        row("member_of", "Frente Auténtico del Trabajo", "Strategic Organizing Alliance", "1992"),
                        row("FILES", "United Electrical", "nao", LocalDate.of(1994, 2, 14)))
                .sheet("Sources", row("id", "title", "date"), row("article", "Cross-border organizing", "2019-05"))
                .sheet("Stories",
                        row("story", "story title", "step title", "text", "from", "to", "focus", "types",
                                "relationship types", "depth"),
                        row("nafta", "The NAFTA years", "Two unions", "They met.", 1991, "1993", "ue; FAT",
                                "Union | Alliance", "member of", 1),
                        row(null, null, "The complaint", null, LocalDate.of(1994, 2, 14)))
                .writeTo(temporary.resolve("alliance.xlsx"));
    }

    private static Dataset valid(ReadResult result) {
        assertTrue(result.isValid(), () -> result.problems().toString());
        return result.dataset().orElseThrow();
    }

    @Test
    void projectLayoutWorkbookReadsEntitiesWithTypesInAnyCaseAndIdsMadeFromNames() throws Exception {
        Dataset dataset = valid(new SpreadsheetReader().readWorkbook(projectWorkbook()));

        assertEquals("UE and the FAT", dataset.title());
        assertEquals(List.of("ue", "frente-autentico-del-trabajo", "nao", "soa"),
                dataset.entities().stream().map(Entity::id).toList());
        Entity fat = dataset.entities().get(1);
        assertEquals(new Entity("frente-autentico-del-trabajo", EntityType.UNION, "Frente Auténtico del Trabajo",
                List.of("FAT", "Authentic Labor Front"), List.of("MX"), PartialDate.parse("1960").orElseThrow(),
                null, "A Mexican union federation.", List.of(), List.of("independent", "labor")), fat);
        assertEquals(List.of("UE", "United Electrical"), dataset.entities().get(0).aliases());
        assertEquals(EntityType.EVENT, dataset.entities().get(2).type());
    }

    @Test
    void workbookDatesMayBeTextWholeNumbersOrRealDateCells() throws Exception {
        Dataset dataset = valid(new SpreadsheetReader().readWorkbook(projectWorkbook()));

        assertEquals("1936", dataset.entities().get(0).start().toString());
        assertEquals("1960", dataset.entities().get(1).start().toString());
        assertEquals("1994-02-14", dataset.entities().get(2).end().toString());
        assertEquals("1992-03", dataset.entities().get(3).start().toString());
        assertEquals("1994-02-14", dataset.relationships().get(2).start().toString());
        assertEquals(Optional.of("2019-05"), Optional.ofNullable(dataset.sources().get(0).date()));
    }

    @Test
    void relationshipEndsMayBeIdsNamesOrAliases() throws Exception {
        Dataset dataset = valid(new SpreadsheetReader().readWorkbook(projectWorkbook()));

        List<Relationship> relationships = dataset.relationships();
        assertEquals(List.of("ue->soa", "frente-autentico-del-trabajo->soa", "ue->nao"),
                relationships.stream().map(r -> r.from() + "->" + r.to()).toList());
        assertEquals(List.of("member_of", "member_of", "files"), relationships.stream().map(Relationship::type).toList());
        assertEquals(List.of("article"), relationships.get(0).sources());
        assertEquals(new Source("article", "Cross-border organizing", null, null, "2019-05", null, null),
                dataset.sources().get(0));
    }

    @Test
    void storiesAreReadOneRowPerStepInOrder() throws Exception {
        Dataset dataset = valid(new SpreadsheetReader().readWorkbook(projectWorkbook()));

        StoryStep first = new StoryStep("Two unions", "They met.", null, PartialDate.parse("1991").orElseThrow(),
                PartialDate.parse("1993").orElseThrow(), List.of("ue", "frente-autentico-del-trabajo"),
                Optional.of(Set.of(EntityType.UNION, EntityType.ALLIANCE)), Optional.of(Set.of("member_of")),
                Optional.of(1));
        StoryStep second = new StoryStep("The complaint", null, null, PartialDate.parse("1994-02-14").orElseThrow(),
                null, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(List.of(new Story("nafta", "The NAFTA years", null, List.of(first, second))), dataset.stories());
    }

    @Test
    void workbookWithoutDatasetSheetIsTitledByItsFileName() throws Exception {
        Path file = new TestWorkbook()
                .sheet("Entities", row("name", "type"), row("UE", "union"))
                .sheet("Relationships", row("from", "to", "type"))
                .writeTo(temporary.resolve("my history.xlsx"));

        assertEquals("my history", valid(new SpreadsheetReader().readWorkbook(file)).title());
    }

    @Test
    void kumuWorkbookImportsAsIs() throws Exception {
        Path file = new TestWorkbook()
                .sheet("Elements",
                        row("Label", "Type", "Description", "Tags", "Image"),
                        row("UE", "Union", "A US union.", "cross-border|nafta", "ue.png"),
                        row("FAT", "Union", null, "cross-border"),
                        row("Robin Alexander", "Person", "UE's director of international affairs."))
                .sheet("Connections",
                        row("From", "To", "Type"),
                        row("UE", "FAT", "partner of"),
                        row("Robin Alexander", "UE", "Works for"))
                .writeTo(temporary.resolve("kumu.xlsx"));

        ReadResult result = new SpreadsheetReader().readWorkbook(file);

        Dataset dataset = valid(result);
        assertEquals(List.of("ue", "fat", "robin-alexander"), dataset.entities().stream().map(Entity::id).toList());
        assertEquals(new Entity("ue", EntityType.UNION, "UE", List.of(), List.of(), null, null, "A US union.",
                List.of(), List.of("cross-border", "nafta")), dataset.entities().get(0));
        assertEquals(List.of("ue-partner_of->fat", "robin-alexander-works_for->ue"),
                dataset.relationships().stream().map(r -> r.from() + "-" + r.type() + "->" + r.to()).toList());
        assertEquals(List.of(file + ":Elements!E1: warning: unknown column 'Image'; it is ignored"),
                result.warnings().stream().map(Problem::toString).toList());
    }
}

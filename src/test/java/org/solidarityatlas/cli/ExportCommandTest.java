package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ExportCommandTest {

    @TempDir
    Path temporary;

    private Path db;

    @BeforeEach
    void importAlliance() {
        db = temporary.resolve("db");
        AtlasRun imported = atlas("import", fixture("alliance.json").toString(), "--db", db.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
    }

    private static Document parsed(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Set<String> ids(Document document, String element) {
        var nodes = document.getElementsByTagNameNS("*", element);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> ((Element) nodes.item(i)).getAttribute("id"))
                .collect(Collectors.toSet());
    }

    @Test
    void jsonExportGivesBackTheImportedDataset() {
        Path out = temporary.resolve("export.json");

        AtlasRun run = atlas("export", "--format", "json", "--out", out.toString(), "--db", db.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("exported 6 entities, 5 relationships, 1936–2023 to " + out + " (json)"), run.outLines());
        ReadResult exported = new DatasetReader().read(out);
        ReadResult original = new DatasetReader().read(fixture("alliance.json"));
        assertTrue(exported.isValid(), exported.problems().toString());
        Dataset back = exported.dataset().orElseThrow();
        Dataset before = original.dataset().orElseThrow();
        assertEquals(before.title(), back.title());
        assertEquals(Set.copyOf(before.entities()), Set.copyOf(back.entities()));
        assertEquals(before.relationships().stream().filter(r -> r.idGiven()).collect(Collectors.toSet()),
                back.relationships().stream().filter(r -> r.idGiven()).collect(Collectors.toSet()));
        assertEquals(5, back.relationships().size());
    }

    @Test
    void graphmlExportHoldsEveryEntityAndRelationship() throws Exception {
        Path out = temporary.resolve("export.graphml");

        AtlasRun run = atlas("export", "--format", "graphml", "--out", out.toString(), "--db", db.toString());

        assertEquals(0, run.exitCode(), run.toString());
        Document document = parsed(out);
        assertEquals("http://graphml.graphdrawing.org/xmlns", document.getDocumentElement().getNamespaceURI());
        assertEquals(Set.of("ue", "fat", "alliance", "complaint", "organizer", "exchange"), ids(document, "node"));
        assertEquals(5, ids(document, "edge").size());
        assertTrue(ids(document, "edge").containsAll(Set.of("ue-in-alliance", "organizer-works-for-fat")));
    }

    @Test
    void gexfExportIsADynamicGraphWithTheTimeline() throws Exception {
        Path out = temporary.resolve("export.gexf");

        AtlasRun run = atlas("export", "--format", "GEXF", "--out", out.toString(), "--db", db.toString());

        assertEquals(0, run.exitCode(), run.toString());
        Document document = parsed(out);
        Element graph = (Element) document.getElementsByTagNameNS("*", "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals(Set.of("ue", "fat", "alliance", "complaint", "organizer", "exchange"), ids(document, "node"));
        var nodes = document.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            if (node.getAttribute("id").equals("complaint")) {
                assertEquals("1994-02-01", node.getAttribute("start"));
                assertEquals("1994-02-28", node.getAttribute("end"));
            }
        }
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheChoices() {
        AtlasRun run = atlas("export", "--format", "pdf", "--out", temporary.resolve("x.pdf").toString(),
                "--db", db.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains("unknown format 'pdf' (choose one of json, graphml, gexf, xlsx)"), run.err());
    }

    @Test
    void exportWithoutOutIsAUsageError() {
        AtlasRun run = atlas("export", "--format", "json", "--db", db.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--out"), run.err());
    }

    @Test
    void exportFromAFreshDataDirectoryExportsTheBundledDataset() {
        Path fresh = temporary.resolve("fresh-db");
        Path out = temporary.resolve("bundled.json");

        AtlasRun run = atlas("export", "--format", "json", "--out", out.toString(), "--db", fresh.toString());

        assertEquals(0, run.exitCode(), run.toString());
        Dataset bundled = StoredDataset.bundled();
        assertEquals(List.of("atlas: no dataset was stored in " + fresh + "; loaded the bundled one ("
                + bundled.title() + ")"), run.errLines());
        Dataset exported = new DatasetReader().read(out).dataset().orElseThrow();
        assertEquals(bundled.title(), exported.title());
        assertEquals(Set.copyOf(bundled.entities()), Set.copyOf(exported.entities()));
    }

    @Test
    void exportOntoADirectoryIsOneClearLine() {
        AtlasRun run = atlas("export", "--format", "json", "--out", temporary.toString(), "--db", db.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("atlas: cannot write " + temporary + ": it is a directory"), run.errLines());
    }

    @Test
    void exportIntoAMissingParentFolderCreatesIt() {
        Path out = temporary.resolve("new-folder").resolve("export.graphml");

        AtlasRun run = atlas("export", "--format", "graphml", "--out", out.toString(), "--db", db.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.isRegularFile(out));
    }
}

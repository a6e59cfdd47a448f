package org.solidarityatlas.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.w3c.dom.Element;

class GraphMlWriterTest {

    @TempDir
    Path directory;

    private static byte[] written(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphMlWriter().write(dataset, out);
        return out.toByteArray();
    }

    private static ParsedXml parsed(Dataset dataset) throws Exception {
        return ParsedXml.parse(written(dataset), GraphMlWriter.NAMESPACE);
    }

    /** The data of one node or edge by property name, resolved through the declared keys. */
    private static Map<String, String> dataOf(ParsedXml xml, Element element, String kind) {
        Map<String, String> namesByKey = new HashMap<>();
        for (Element key : xml.all("key")) {
            if (key.getAttribute("for").equals(kind)) {
                namesByKey.put(key.getAttribute("id"), key.getAttribute("attr.name"));
            }
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Element datum : xml.within(element, "data")) {
            String name = namesByKey.get(datum.getAttribute("key"));
            if (name == null) {
                throw new AssertionError("data with undeclared key " + datum.getAttribute("key"));
            }
            data.put(name, datum.getTextContent());
        }
        return data;
    }

    @Test
    void declaresAStringKeyForEveryEntityAndRelationshipProperty() throws Exception {
        ParsedXml xml = parsed(ExportFixtures.dataset());

        Map<String, Set<String>> namesByKind = xml.all("key").stream().collect(Collectors.groupingBy(
                k -> k.getAttribute("for"), Collectors.mapping(k -> k.getAttribute("attr.name"), Collectors.toSet())));
        assertEquals(Set.of("label", "type", "name", "aliases", "countries", "start", "end", "description",
                "sources", "tags"), namesByKind.get("node"));
        assertEquals(Set.of("id", "type", "role", "start", "end", "description", "sources"), namesByKind.get("edge"));
        assertTrue(xml.all("key").stream().allMatch(k -> k.getAttribute("attr.type").equals("string")));
    }

    @Test
    void keyIdsAreUnique() throws Exception {
        List<String> ids = parsed(ExportFixtures.dataset()).all("key").stream().map(k -> k.getAttribute("id")).toList();

        assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    }

    @Test
    void graphIsDirectedWithOneNodePerEntityAndOneEdgePerRelationship() throws Exception {
        Dataset dataset = ExportFixtures.dataset();
        ParsedXml xml = parsed(dataset);

        assertEquals("directed", xml.all("graph").get(0).getAttribute("edgedefault"));
        assertEquals(dataset.entities().stream().map(e -> e.id()).toList(),
                xml.all("node").stream().map(n -> n.getAttribute("id")).toList());
        assertEquals(dataset.relationships().stream().map(r -> r.id()).toList(),
                xml.all("edge").stream().map(e -> e.getAttribute("id")).toList());
    }

    @Test
    void everyEdgeJoinsTwoNodesOfTheGraph() throws Exception {
        ParsedXml xml = parsed(ExportFixtures.dataset());
        Set<String> nodeIds = xml.all("node").stream().map(n -> n.getAttribute("id")).collect(Collectors.toSet());

        for (Element edge : xml.all("edge")) {
            assertTrue(nodeIds.contains(edge.getAttribute("source")), edge.getAttribute("source"));
            assertTrue(nodeIds.contains(edge.getAttribute("target")), edge.getAttribute("target"));
        }
        Element edge = xml.withId("edge", "ue-in-alliance");
        assertEquals("ue", edge.getAttribute("source"));
        assertEquals("alliance", edge.getAttribute("target"));
    }

    @Test
    void writesEntityPropertiesWithListsJoinedAndDatesAsWritten() throws Exception {
        ParsedXml xml = parsed(ExportFixtures.dataset());

        Map<String, String> fat = dataOf(xml, xml.withId("node", "fat"), "node");

        assertEquals(Map.of(
                "label", ExportFixtures.ACCENTED_NAME,
                "type", "union",
                "name", ExportFixtures.ACCENTED_NAME,
                "aliases", "FAT; Authentic Labor Front",
                "countries", "MX",
                "start", "1960-10",
                "sources", "article"), fat);
    }

    @Test
    void writesRelationshipPropertiesIncludingItsId() throws Exception {
        ParsedXml xml = parsed(ExportFixtures.dataset());

        Map<String, String> edge = dataOf(xml, xml.withId("edge", "ue-in-alliance"), "edge");

        assertEquals(Map.of(
                "id", "ue-in-alliance",
                "type", "member_of",
                "role", "founding member",
                "start", "1992",
                "end", "2004-05",
                "description", "Joined at the start",
                "sources", "article"), edge);
    }

    @Test
    void leavesAbsentPropertiesOut() throws Exception {
        ParsedXml xml = parsed(ExportFixtures.dataset());

        assertEquals(Map.of("type", "owns", "id", "smith-owns"), dataOf(xml, xml.withId("edge", "smith-owns"), "edge"));
    }

    @Test
    void writesTheDatasetTitleAsGraphData() throws Exception {
        ParsedXml xml = parsed(ExportFixtures.dataset());

        Map<String, String> graph = new HashMap<>();
        Element graphElement = xml.all("graph").get(0);
        for (Element datum : xml.within(graphElement, "data")) {
            if (datum.getParentNode() == graphElement) {
                graph.put(datum.getAttribute("key"), datum.getTextContent());
            }
        }
        assertEquals("UE–FAT test graph", graph.get(GraphMlWriter.keyId("graph", "title")));
    }

    @Test
    void escapesMarkupCharactersAndKeepsNonAsciiNames() throws Exception {
        byte[] bytes = written(ExportFixtures.dataset());
        ParsedXml xml = ParsedXml.parse(bytes, GraphMlWriter.NAMESPACE);

        Map<String, String> smith = dataOf(xml, xml.withId("node", "smith"), "node");
        assertAll(
                () -> assertEquals(ExportFixtures.ESCAPED_NAME, smith.get("name")),
                () -> assertEquals("Owner of <plants> & \"mills\"", smith.get("description")),
                () -> assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(ExportFixtures.ACCENTED_NAME),
                        "accented name written as UTF-8 text"));
    }

    @Test
    void replacesCharactersXmlCannotHoldSoTheFileStillParses() throws Exception {
        Dataset dataset = ExportFixtures.withEntities(List.of(ExportFixtures.entity("bell", EntityType.PERSON,
                "Bell\u0007 ringer \uD800", List.of(), List.of(), null, null, null, List.of(), List.of())), List.of());

        ParsedXml xml = parsed(dataset);

        assertEquals("Bell\uFFFD ringer \uFFFD", dataOf(xml, xml.withId("node", "bell"), "node").get("name"));
    }

    @Test
    void writesAFileAtomicallyReplacingTheOldOne() throws Exception {
        Path file = directory.resolve("atlas.graphml");
        Files.writeString(file, "old content");

        new GraphMlWriter().write(ExportFixtures.dataset(), file);

        assertEquals(List.of(file), listed(directory));
        assertEquals(7, ParsedXml.parse(Files.readAllBytes(file), GraphMlWriter.NAMESPACE).all("node").size());
    }

    @Test
    void refusesARelationshipToAnUnknownEntityAndKeepsTheOldFile() throws Exception {
        Dataset dangling = ExportFixtures.withEntities(
                List.of(ExportFixtures.entity("a", EntityType.UNION, "A", List.of(), List.of(), null, null, null,
                        List.of(), List.of())),
                List.of(ExportFixtures.relationship("a-b", "supports", "a", "b", null, null, null, null, List.of())));
        Path file = directory.resolve("atlas.graphml");
        Files.writeString(file, "old content");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GraphMlWriter().write(dangling, file));

        assertTrue(e.getMessage().contains("\"b\""), e.getMessage());
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of(file), listed(directory));
    }

    @Test
    void leavesTheCallersStreamOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };

        new GraphMlWriter().write(ExportFixtures.dataset(), out);

        assertFalse(out.toString(StandardCharsets.UTF_8).isEmpty());
    }

    private static List<Path> listed(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}

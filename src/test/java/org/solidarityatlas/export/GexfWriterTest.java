package org.solidarityatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.w3c.dom.Element;

class GexfWriterTest {

    @TempDir
    Path directory;

    private static byte[] written(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(dataset, out);
        return out.toByteArray();
    }

    private static ParsedXml parsed() throws Exception {
        return ParsedXml.parse(written(ExportFixtures.dataset()), GexfWriter.NAMESPACE);
    }

    /** The GEXF time attributes of one element: only those present. */
    private static Map<String, String> interval(Element element) {
        Map<String, String> times = new HashMap<>();
        for (String name : List.of("start", "end", "startopen", "endopen")) {
            if (element.hasAttribute(name)) {
                times.put(name, element.getAttribute(name));
            }
        }
        return times;
    }

    /** The attvalues of a node or edge by attribute title, resolved through the declared attributes. */
    private static Map<String, String> attvalues(ParsedXml xml, Element element, String attributeClass) {
        Map<String, String> titlesById = new HashMap<>();
        for (Element attributes : xml.all("attributes")) {
            if (attributes.getAttribute("class").equals(attributeClass)) {
                for (Element attribute : xml.within(attributes, "attribute")) {
                    titlesById.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
                }
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element attvalue : xml.within(element, "attvalue")) {
            String title = titlesById.get(attvalue.getAttribute("for"));
            if (title == null) {
                throw new AssertionError("attvalue for undeclared attribute " + attvalue.getAttribute("for"));
            }
            values.put(title, attvalue.getAttribute("value"));
        }
        return values;
    }

    @Test
    void isGexf12DraftWithItsNamespaceAndSchema() throws Exception {
        Element root = parsed().root();

        assertEquals("gexf", root.getLocalName());
        assertEquals("http://www.gexf.net/1.2draft", root.getNamespaceURI());
        assertEquals("1.2", root.getAttribute("version"));
        assertEquals("http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd",
                root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"));
    }

    @Test
    void graphIsDynamicDirectedAndTimedInDates() throws Exception {
        Element graph = parsed().all("graph").get(0);

        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
        assertEquals("date", graph.getAttribute("timeformat"));
    }

    @Test
    void yearAndMonthDatesCoverFromTheFirstDayThroughTheLastDayOfTheirPeriods() throws Exception {
        ParsedXml xml = parsed();

        assertEquals(Map.of("start", "1992-01-01", "end", "2004-05-31"), interval(xml.withId("node", "alliance")));
        assertEquals(Map.of("start", "1992-01-01", "end", "2004-05-31"),
                interval(xml.withId("edge", "ue-in-alliance")));
    }

    @Test
    void ongoingItemsHaveAStartAndNoEnd() throws Exception {
        ParsedXml xml = parsed();

        assertEquals(Map.of("start", "1936-01-01"), interval(xml.withId("node", "ue")));
        assertEquals(Map.of("start", "1960-10-01"), interval(xml.withId("node", "fat")));
        assertEquals(Map.of("start", "1992-06-01"), interval(xml.withId("edge", "fat-in-alliance")));
    }

    @Test
    void eventsWithoutAnEndLastTheirOwnPeriod() throws Exception {
        ParsedXml xml = parsed();

        assertEquals(Map.of("start", "1994-02-14", "end", "1994-02-14"), interval(xml.withId("node", "complaint")));
        assertEquals(Map.of("start", "2019-02-01", "end", "2019-02-28"), interval(xml.withId("node", "meeting")));
    }

    @Test
    void itemsKnownOnlyByTheirEndHaveNoStart() throws Exception {
        assertEquals(Map.of("end", "1999-12-31"), interval(parsed().withId("node", "old-plant")));
    }

    @Test
    void undatedItemsHaveNoTimeAttributes() throws Exception {
        ParsedXml xml = parsed();

        assertEquals(Map.of(), interval(xml.withId("node", "smith")));
        assertEquals(Map.of(), interval(xml.withId("edge", "smith-owns")));
    }

    @Test
    void nodesAreLabelledWithNamesAndCarryTheirOtherPropertiesAsAttvalues() throws Exception {
        ParsedXml xml = parsed();
        Element fat = xml.withId("node", "fat");

        assertEquals(ExportFixtures.ACCENTED_NAME, fat.getAttribute("label"));
        assertEquals(Map.of(
                "type", "union",
                "aliases", "FAT; Authentic Labor Front",
                "countries", "MX",
                "start_date", "1960-10",
                "sources", "article"), attvalues(xml, fat, "node"));
    }

    @Test
    void edgesAreLabelledWithTheirTypeAndCarryTheirPropertiesAsAttvalues() throws Exception {
        ParsedXml xml = parsed();
        Element edge = xml.withId("edge", "ue-in-alliance");

        assertEquals("member_of", edge.getAttribute("label"));
        assertEquals(Map.of(
                "type", "member_of",
                "role", "founding member",
                "start_date", "1992",
                "end_date", "2004-05",
                "description", "Joined at the start",
                "sources", "article"), attvalues(xml, edge, "edge"));
    }

    @Test
    void attributeTitlesDoNotShadowTheAttributesReadersKeepForThemselves() throws Exception {
        Set<String> titles = parsed().all("attribute").stream()
                .map(a -> a.getAttribute("title"))
                .collect(Collectors.toSet());

        for (String reserved : List.of("id", "label", "start", "end")) {
            assertFalse(titles.contains(reserved), reserved);
        }
    }

    @Test
    void everyEdgeJoinsTwoNodesOfTheGraphWithItsRelationshipId() throws Exception {
        ParsedXml xml = parsed();
        Set<String> nodeIds = xml.all("node").stream().map(n -> n.getAttribute("id")).collect(Collectors.toSet());

        assertEquals(List.of("ue-in-alliance", "fat-in-alliance", "ue-files", "smith-owns"),
                xml.all("edge").stream().map(e -> e.getAttribute("id")).toList());
        for (Element edge : xml.all("edge")) {
            assertTrue(nodeIds.contains(edge.getAttribute("source")), edge.getAttribute("source"));
            assertTrue(nodeIds.contains(edge.getAttribute("target")), edge.getAttribute("target"));
        }
    }

    @Test
    void escapesMarkupCharactersAndKeepsNonAsciiNames() throws Exception {
        byte[] bytes = written(ExportFixtures.dataset());
        ParsedXml xml = ParsedXml.parse(bytes, GexfWriter.NAMESPACE);
        Element smith = xml.withId("node", "smith");

        assertEquals(ExportFixtures.ESCAPED_NAME, smith.getAttribute("label"));
        assertEquals("Owner of <plants> & \"mills\"", attvalues(xml, smith, "node").get("description"));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(ExportFixtures.ACCENTED_NAME));
    }

    @Test
    void writesAFileAtomicallyReplacingTheOldOne() throws Exception {
        Path file = directory.resolve("atlas.gexf");
        Files.writeString(file, "old content");

        new GexfWriter().write(ExportFixtures.dataset(), file);

        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(7, ParsedXml.parse(Files.readAllBytes(file), GexfWriter.NAMESPACE).all("node").size());
    }
}

package org.solidarityatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Translation;
import org.solidarityatlas.model.Translations;
import org.w3c.dom.Element;

/** GraphML and GEXF carry translations as attributes named field_language, which read back to the same texts. */
class TranslatedExportTest {

    private static Translations in(String language, Map<String, String> texts, List<String> aliases) {
        return new Translations(Map.of(language, new Translation(texts, aliases)));
    }

    private static Dataset bilingual() {
        Entity knights = new Entity("knights", EntityType.UNION, "Knights of Labor", List.of("KoL"), List.of(), null,
                null, "An early federation.", List.of(), List.of(), in("es", Map.of("name", "Caballeros del Trabajo",
                        "description", "Una federación temprana."), List.of("Noble Orden", "Caballeros")));
        Entity miners = new Entity("miners", EntityType.UNION, "Sindicato Minero", List.of(), List.of(), null, null,
                null, List.of(), List.of(), in("en", Map.of("name", "Miners' Union"), List.of()));
        Entity plain = new Entity("plain", EntityType.EVENT, "Untranslated event", List.of(), List.of(), null, null,
                null, List.of(), List.of());
        Relationship letters = new Relationship("letters", true, "partner_of", "knights", "miners", "ally", null,
                null, null, List.of(), in("es", Map.of("role", "aliado"), List.of()));
        return new Dataset("Knights", null, "en", List.of(), List.of(knights, miners, plain), List.of(letters),
                List.of(), in("es", Map.of("title", "Caballeros"), List.of()));
    }

    /** What a graph tool reads back: for each element id, its data by attribute name. */
    private static Map<String, Map<String, String>> graphMlData(String elementName, String kind) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphMlWriter().write(bilingual(), out);
        ParsedXml xml = ParsedXml.parse(out.toByteArray(), GraphMlWriter.NAMESPACE);
        Map<String, String> names = new HashMap<>();
        xml.all("key").stream().filter(k -> k.getAttribute("for").equals(kind))
                .forEach(k -> names.put(k.getAttribute("id"), k.getAttribute("attr.name")));
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (Element element : xml.all(elementName)) {
            Map<String, String> data = new LinkedHashMap<>();
            for (Element datum : xml.within(element, "data")) {
                data.put(names.get(datum.getAttribute("key")), datum.getTextContent());
            }
            byId.put(element.getAttribute("id"), data);
        }
        return byId;
    }

    private static Map<String, Map<String, String>> gexfAttvalues(String elementName, String kind) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(bilingual(), out);
        ParsedXml xml = ParsedXml.parse(out.toByteArray(), GexfWriter.NAMESPACE);
        Map<String, String> titles = new HashMap<>();
        for (Element attributes : xml.all("attributes")) {
            if (attributes.getAttribute("class").equals(kind)) {
                xml.within(attributes, "attribute").forEach(a -> titles.put(a.getAttribute("id"),
                        a.getAttribute("title")));
            }
        }
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (Element element : xml.all(elementName)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Element attvalue : xml.within(element, "attvalue")) {
                values.put(titles.get(attvalue.getAttribute("for")), attvalue.getAttribute("value"));
            }
            byId.put(element.getAttribute("id"), values);
        }
        return byId;
    }

    @Test
    void graphMlNodesCarryTranslatedNamesAliasesAndDescriptionsThatReadBackTheSame() throws Exception {
        Map<String, String> knights = graphMlData("node", "node").get("knights");
        Entity original = bilingual().entity("knights").orElseThrow();
        assertEquals(original.translations().text("es", "name"), Optional.ofNullable(knights.get("name_es")));
        assertEquals(original.translations().text("es", "description"),
                Optional.ofNullable(knights.get("description_es")));
        assertEquals(original.translations().aliases("es"), List.of(knights.get("aliases_es").split("; ")));
        assertEquals("Miners' Union", graphMlData("node", "node").get("miners").get("name_en"));
    }

    @Test
    void graphMlLeavesOutTranslationsAnItemDoesNotHave() throws Exception {
        Map<String, String> plain = graphMlData("node", "node").get("plain");
        assertFalse(plain.containsKey("name_es") || plain.containsKey("name_en"), plain.toString());
    }

    @Test
    void graphMlEdgesAndGraphCarryTheirTranslations() throws Exception {
        assertEquals("aliado", graphMlData("edge", "edge").get("letters").get("role_es"));
        assertEquals("Caballeros", graphMlData("graph", "graph").get("G").get("title_es"));
    }

    @Test
    void gexfNodesAndEdgesCarryTranslationsThatReadBackTheSame() throws Exception {
        assertEquals("Caballeros del Trabajo", gexfAttvalues("node", "node").get("knights").get("name_es"));
        assertEquals("Noble Orden; Caballeros", gexfAttvalues("node", "node").get("knights").get("aliases_es"));
        assertEquals("aliado", gexfAttvalues("edge", "edge").get("letters").get("role_es"));
    }
}

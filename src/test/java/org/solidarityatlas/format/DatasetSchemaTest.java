package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

/** The bundled JSON Schema (for editor completion) must describe the same format the reader accepts. */
class DatasetSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = DatasetSchemaTest.class.getResourceAsStream("/assets/dataset.schema.json")) {
            assertNotNull(in, "the schema ships on the classpath under assets/");
            schema = new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode definition(String name) {
        return name.isEmpty() ? schema : schema.get("$defs").get(name);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void schemaIsDraft202012() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    }

    @Test
    void schemaListsExactlyTheFieldsTheReaderAcceptsInTheWrittenOrder() {
        assertEquals(FormatFields.DATASET, names(definition("").get("properties")));
        assertEquals(FormatFields.SOURCE, names(definition("source").get("properties")));
        assertEquals(FormatFields.ENTITY, names(definition("entity").get("properties")));
        assertEquals(FormatFields.RELATIONSHIP, names(definition("relationship").get("properties")));
        assertEquals(FormatFields.STORY, names(definition("story").get("properties")));
        assertEquals(FormatFields.STEP, names(definition("step").get("properties")));
    }

    @Test
    void schemaTranslatesExactlyTheFieldsTheReaderTranslates() {
        assertEquals(TranslationFields.DATASET, translatable("datasetTranslations"));
        assertEquals(TranslationFields.SOURCE, translatable("sourceTranslations"));
        assertEquals(TranslationFields.ENTITY, translatable("entityTranslations"));
        assertEquals(TranslationFields.RELATIONSHIP, translatable("relationshipTranslations"));
        assertEquals(TranslationFields.STORY, translatable("storyTranslations"));
        assertEquals(TranslationFields.STEP, translatable("stepTranslations"));
    }

    private static List<String> translatable(String definitionName) {
        return names(definition(definitionName).get("additionalProperties").get("properties"));
    }

    @Test
    void everyFieldOfTheTranslatedFixtureIsKnownToTheSchema() throws IOException {
        JsonNode dataset = new ObjectMapper().readTree(Fixtures.path("translated-dataset.json").toFile());
        assertTranslationsKnown(dataset, "datasetTranslations");
        dataset.get("sources").forEach(source -> assertTranslationsKnown(source, "sourceTranslations"));
        dataset.get("entities").forEach(entity -> assertTranslationsKnown(entity, "entityTranslations"));
        dataset.get("relationships").forEach(r -> assertTranslationsKnown(r, "relationshipTranslations"));
        for (JsonNode story : dataset.get("stories")) {
            assertTranslationsKnown(story, "storyTranslations");
            story.get("steps").forEach(step -> assertTranslationsKnown(step, "stepTranslations"));
        }
    }

    private static void assertTranslationsKnown(JsonNode item, String definitionName) {
        List<String> known = translatable(definitionName);
        item.path("translations").forEach(language -> names(language).forEach(field ->
                assertTrue(known.contains(field), () -> definitionName + " lacks field " + field)));
    }

    @Test
    void schemaRequiresTheFieldsTheReaderReportsMissing() {
        assertEquals(List.of("format", "title", "entities", "relationships"), texts(definition("").get("required")));
        assertEquals(List.of("id", "title"), texts(definition("source").get("required")));
        assertEquals(List.of("id", "type", "name"), texts(definition("entity").get("required")));
        assertEquals(List.of("type", "from", "to"), texts(definition("relationship").get("required")));
        assertEquals(List.of("id", "title"), texts(definition("story").get("required")));
        assertEquals(List.of("title"), texts(definition("step").get("required")));
    }

    @Test
    void schemaFormatConstantAndEntityTypesMatchTheReader() {
        assertEquals(FormatFields.FORMAT, schema.get("properties").get("format").get("const").asText());
        assertEquals(Arrays.stream(EntityType.values()).map(EntityType::id).toList(),
                texts(definition("entityType").get("enum")));
    }

    @Test
    void everyFieldOfTheValidFixtureIsKnownToTheSchema() throws IOException {
        JsonNode dataset = new ObjectMapper().readTree(Fixtures.path("valid-dataset.json").toFile());
        assertFieldsKnown(dataset, "");
        dataset.get("sources").forEach(source -> assertFieldsKnown(source, "source"));
        dataset.get("entities").forEach(entity -> assertFieldsKnown(entity, "entity"));
        dataset.get("relationships").forEach(relationship -> assertFieldsKnown(relationship, "relationship"));
        for (JsonNode story : dataset.get("stories")) {
            assertFieldsKnown(story, "story");
            story.get("steps").forEach(step -> assertFieldsKnown(step, "step"));
        }
    }

    private static void assertFieldsKnown(JsonNode object, String definitionName) {
        List<String> known = names(definition(definitionName).get("properties"));
        for (String field : names(object)) {
            assertTrue(known.contains(field), () -> "schema " + definitionName + " lacks field " + field);
        }
    }
}

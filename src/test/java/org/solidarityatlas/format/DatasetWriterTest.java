package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;

class DatasetWriterTest {

    private final DatasetWriter writer = new DatasetWriter();

    private static Dataset read(String fixture) {
        return Fixtures.read(fixture).dataset().orElseThrow();
    }

    private static Dataset readBack(String json) {
        ReadResult result = new DatasetReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written.json");
        assertEquals(List.of(), result.problems(), json);
        return result.dataset().orElseThrow();
    }

    @Test
    void readWriteReadGivesAnEqualDataset() {
        Dataset original = read("valid-dataset.json");
        assertEquals(original, readBack(writer.toJson(original)));
    }

    @Test
    void fileInTheWrittenLayoutIsWrittenBackByteForByte() throws IOException {
        String file = Files.readString(Fixtures.path("valid-dataset.json"));
        assertEquals(file, writer.toJson(read("valid-dataset.json")));
    }

    @Test
    void assignedRelationshipIdsAreLeftOutAndGivenOnesKept() {
        String json = writer.toJson(read("valid-dataset.json"));
        assertTrue(json.contains("\"id\": \"soa-ue\""));
        assertFalse(json.contains("-->"), "assigned ids are not written");
    }

    @Test
    void absentOptionalFieldsAreLeftOut() {
        String json = writer.toJson(read("minimal.json"));
        assertEquals("""
                {
                  "format": "solidarity-atlas/1",
                  "title": "Nothing yet",
                  "language": "en",
                  "entities": [],
                  "relationships": []
                }
                """, json);
    }

    @Test
    void textNeedingEscapesSurvivesTheRoundTrip() {
        Entity tricky = new Entity("q", EntityType.PERSON, "Said \"no\"\nand left", List.of("back\\slash", "tab\there"),
                List.of(), new PartialDate(2001, 9, 0), null, "ünïcödé – dash", List.of(), List.of("\u0001control"));
        Entity other = new Entity("r", EntityType.EVENT, "Event", List.of(), List.of(), null, null, null, List.of(),
                List.of());
        Relationship link = new Relationship("r--targets-->q", false, "targets", "r", "q", null, null, null, null,
                List.of());
        Dataset dataset = new Dataset("Escapes", null, "en", List.of(), List.of(tricky, other), List.of(link),
                List.of());
        assertEquals(dataset, readBack(writer.toJson(dataset)));
    }

    @Test
    void outputIsUtf8WithoutEscapingNonAsciiLetters() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(read("valid-dataset.json"), out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Frente Auténtico del Trabajo"));
    }

    @Test
    void writingToAFileReplacesItAndLeavesNoTemporaryFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("dataset.json");
        Files.writeString(file, "old content");
        Dataset dataset = read("valid-dataset.json");
        writer.write(dataset, file);
        assertEquals(Optional.of(dataset), new DatasetReader().read(file).dataset());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}

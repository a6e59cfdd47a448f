package org.solidarityatlas.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.format.SpreadsheetReader;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;

class DatasetGeneratorTest {

    private static byte[] generate(int entities, int relationships, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator(entities, relationships, seed).write(out);
        return out.toByteArray();
    }

    private static Dataset read(byte[] bytes) {
        ReadResult result = new DatasetReader().read(new ByteArrayInputStream(bytes), "generated.json");
        assertTrue(result.isValid(), () -> "problems: " + result.problems());
        assertTrue(result.problems().isEmpty(), () -> "warnings: " + result.problems());
        return result.dataset().orElseThrow();
    }

    @Test
    void generatedDatasetValidatesWithTheRequestedCounts() throws IOException {
        Dataset dataset = read(generate(3_000, 9_000, 7));
        assertEquals(3_000, dataset.entities().size());
        assertEquals(9_000, dataset.relationships().size());
        assertFalse(dataset.sources().isEmpty());
    }

    @Test
    void generatedWorkbookHoldsTheSameDatasetAsTheJson(@TempDir Path temporary) throws IOException {
        Path workbook = temporary.resolve("generated.xlsx");
        new DatasetGenerator(600, 1_500, 5).writeWorkbook(workbook);

        ReadResult result = new SpreadsheetReader().readWorkbook(workbook);

        assertTrue(result.isValid(), () -> result.problems().toString());
        Dataset json = read(generate(600, 1_500, 5));
        assertEquals(json, result.dataset().orElseThrow());
    }

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        assertArrayEquals(generate(2_000, 5_000, 42), generate(2_000, 5_000, 42));
    }

    @Test
    void differentSeedsGiveDifferentDatasets() throws IOException {
        assertFalse(Arrays.equals(generate(500, 1_000, 1), generate(500, 1_000, 2)));
    }

    @Test
    void peopleOutnumberUnionsWhichOutnumberAlliances() throws IOException {
        Map<EntityType, Long> counts = read(generate(5_000, 10_000, 3)).entities().stream()
                .collect(Collectors.groupingBy(Entity::type, () -> new EnumMap<>(EntityType.class),
                        Collectors.counting()));
        assertEquals(Set.of(EntityType.values()), counts.keySet());
        assertTrue(counts.get(EntityType.PERSON) > counts.get(EntityType.UNION));
        assertTrue(counts.get(EntityType.UNION) > counts.get(EntityType.ALLIANCE));
    }

    @Test
    void degreeDistributionHasHubsFarAboveTheMedian() throws IOException {
        Dataset dataset = read(generate(10_000, 30_000, 5));
        Map<String, Integer> degree = new HashMap<>();
        for (Relationship r : dataset.relationships()) {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        }
        int[] degrees = dataset.entities().stream().mapToInt(e -> degree.getOrDefault(e.id(), 0)).sorted().toArray();
        int median = degrees[degrees.length / 2];
        int max = degrees[degrees.length - 1];
        assertTrue(max >= 20 * Math.max(1, median), "max degree " + max + ", median " + median);
    }

    @Test
    void relationshipTypesFitTheTypesOfTheirEnds() throws IOException {
        Dataset dataset = read(generate(2_000, 6_000, 11));
        Map<String, EntityType> types = dataset.entities().stream()
                .collect(Collectors.toMap(Entity::id, Entity::type));
        for (Relationship r : dataset.relationships()) {
            if (r.type().equals("member_of")) {
                assertTrue(types.get(r.to()) == EntityType.UNION || types.get(r.to()) == EntityType.ALLIANCE, r::id);
            }
            if (r.type().equals("targets")) {
                assertEquals(EntityType.ORGANIZATION, types.get(r.to()), r::id);
            }
        }
    }

    @Test
    void someItemsAreUndatedAndMostAreDated() throws IOException {
        Dataset dataset = read(generate(2_000, 6_000, 13));
        long undatedEntities = dataset.entities().stream().filter(e -> e.start() == null && e.end() == null).count();
        long undatedRelationships = dataset.relationships().stream().filter(r -> r.start() == null).count();
        assertTrue(undatedEntities > 0 && undatedEntities < 2_000 / 4, "undated entities: " + undatedEntities);
        assertTrue(undatedRelationships > 0 && undatedRelationships < 6_000 / 4,
                "undated relationships: " + undatedRelationships);
    }

    @Test
    void smallestDatasetHasOneEntityOfEachType() throws IOException {
        Dataset dataset = read(generate(6, 20, 1));
        assertEquals(6, dataset.entities().stream().map(Entity::type).distinct().count());
        assertEquals(20, dataset.relationships().size());
    }

    @Test
    void fewerThanSixEntitiesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetGenerator(5, 10, 1));
    }
}

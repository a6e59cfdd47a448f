package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.neo4j.graphdb.Transaction;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/**
 * Writes a whole dataset into one transaction, replacing whatever was stored, in batches of parameterised Cypher.
 * The caller commits; until then nothing is visible, and a failure anywhere leaves the previous dataset intact.
 */
final class DatasetImport {

    static final int DEFAULT_BATCH_SIZE = 5_000;

    private static final String DELETE_EVERYTHING = "MATCH (n) DETACH DELETE n";

    private static final String CREATE_DATASET = """
            CREATE (d:Dataset) SET d = $properties""";

    private static final String CREATE_SOURCES = """
            UNWIND $rows AS row
            CREATE (s:Source) SET s = row""";

    // Entities carry :Entity plus a label naming their type, e.g. :Union.
    private static final String CREATE_ENTITIES = """
            UNWIND $rows AS row
            CREATE (n:Entity:$(row.label)) SET n = row.properties""";

    // The Neo4j type is the dataset's type upper-cased (member_of → MEMBER_OF) so that hand-written queries read
    // naturally; the exact spelling stays in the type property, which the store's own queries use.
    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            CREATE (a)-[r:$(row.neo4jType)]->(b) SET r = row.properties
            RETURN count(r) AS created""";

    private static final String CREATE_STORIES = """
            UNWIND $rows AS row
            CREATE (s:Story) SET s = row""";

    private static final String CREATE_STORY_STEPS = """
            UNWIND $rows AS row
            CREATE (s:StoryStep) SET s = row""";

    private final Transaction transaction;
    private final int batchSize;
    private final ImportProgress progress;

    DatasetImport(Transaction transaction, int batchSize, ImportProgress progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.transaction = transaction;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    /** Rejects what the database would store wrongly or refuse half way: duplicate ids and dangling ends. */
    static void check(Dataset dataset) {
        Set<String> sourceIds = new HashSet<>();
        dataset.sources().forEach(source -> requireNew(sourceIds, source.id(), "source"));
        Set<String> entityIds = new HashSet<>();
        dataset.entities().forEach(entity -> requireNew(entityIds, entity.id(), "entity"));
        Set<String> relationshipIds = new HashSet<>();
        for (Relationship relationship : dataset.relationships()) {
            requireNew(relationshipIds, relationship.id(), "relationship");
            for (String end : List.of(relationship.from(), relationship.to())) {
                if (!entityIds.contains(end)) {
                    throw new StoreException("cannot import: relationship \"" + relationship.id()
                            + "\" refers to unknown entity \"" + end + "\"");
                }
            }
        }
        Set<String> storyIds = new HashSet<>();
        dataset.stories().forEach(story -> requireNew(storyIds, story.id(), "story"));
    }

    private static void requireNew(Set<String> seen, String id, String what) {
        if (!seen.add(id)) {
            throw new StoreException("cannot import: duplicate " + what + " id \"" + id + "\"");
        }
    }

    void replaceWith(Dataset dataset) {
        transaction.execute(DELETE_EVERYTHING).close();

        Map<String, Object> datasetProperties = new HashMap<>();
        datasetProperties.put("title", dataset.title());
        datasetProperties.put("description", dataset.description());
        datasetProperties.put("language", dataset.language());
        transaction.execute(CREATE_DATASET, Map.of("properties", datasetProperties)).close();

        writeInBatches("sources", dataset.sources(), PropertyMaps::of, CREATE_SOURCES);
        writeInBatches("entities", dataset.entities(), DatasetImport::entityRow, CREATE_ENTITIES);
        writeRelationships(dataset.relationships());
        writeInBatches("stories", dataset.stories(), PropertyMaps::of, CREATE_STORIES);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Story story : dataset.stories()) {
            List<StoryStep> storySteps = story.steps();
            for (int i = 0; i < storySteps.size(); i++) {
                steps.add(PropertyMaps.of(storySteps.get(i), story.id(), i));
            }
        }
        writeInBatches("story steps", steps, (row, ordinal) -> row, CREATE_STORY_STEPS);
    }

    private static Map<String, Object> entityRow(Entity entity, int ordinal) {
        return Map.of("label", entity.type().label(), "properties", PropertyMaps.of(entity, ordinal));
    }

    private static Map<String, Object> relationshipRow(Relationship relationship, int ordinal) {
        return Map.of(
                "from", relationship.from(),
                "to", relationship.to(),
                "neo4jType", relationship.type().toUpperCase(Locale.ROOT),
                "properties", PropertyMaps.of(relationship, ordinal));
    }

    private <T> void writeInBatches(
            String what, List<T> items, BiFunction<T, Integer, Map<String, Object>> row, String cypher) {
        for (int start = 0; start < items.size(); start += batchSize) {
            int end = Math.min(items.size(), start + batchSize);
            transaction.execute(cypher, Map.of("rows", rows(items, start, end, row))).close();
            progress.batchWritten(what, end, items.size());
        }
    }

    private void writeRelationships(List<Relationship> relationships) {
        for (int start = 0; start < relationships.size(); start += batchSize) {
            int end = Math.min(relationships.size(), start + batchSize);
            List<Map<String, Object>> rows = rows(relationships, start, end, DatasetImport::relationshipRow);
            long created;
            try (var result = transaction.execute(CREATE_RELATIONSHIPS, Map.of("rows", rows))) {
                created = (Long) result.next().get("created");
            }
            // check() rules out dangling ends; this guards against losing a relationship silently regardless.
            if (created != rows.size()) {
                throw new StoreException("cannot import: " + (rows.size() - created)
                        + " relationships could not be attached to their entities");
            }
            progress.batchWritten("relationships", end, relationships.size());
        }
    }

    private static <T> List<Map<String, Object>> rows(
            List<T> items, int start, int end, BiFunction<T, Integer, Map<String, Object>> row) {
        List<Map<String, Object>> rows = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            rows.add(row.apply(items.get(i), i));
        }
        return rows;
    }
}

package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/**
 * Replaces the stored dataset all or nothing, without holding a whole dataset in one transaction.
 *
 * <p>Every node carries the {@code generation} of the import that wrote it, and exactly one {@code :Dataset}
 * node is {@code current}; the store's queries read the current generation only. An import writes a new
 * generation in batches, each its own small transaction, then makes it current in one tiny transaction — the only
 * moment readers see a change — and finally deletes the previous generation in batches. If the import fails, its
 * partial generation is deleted; if the process dies, {@link #removeStaleGenerations} deletes it at the next open.
 * The {@code :Dataset} node of a generation is written first and deleted last, so a generation with nodes left
 * always has its non-current {@code :Dataset} node to show for it.
 */
final class DatasetImport {

    static final int DEFAULT_BATCH_SIZE = 5_000;

    static final String CURRENT_GENERATION = "MATCH (d:Dataset {current: true}) RETURN d.generation AS generation";

    private static final String CREATE_DATASET = "CREATE (d:Dataset) SET d = $properties";

    private static final String CREATE_SOURCES = """
            UNWIND $rows AS row
            CREATE (s:Source) SET s = row, s.generation = $generation""";

    /**
     * Entities carry :Entity plus a label naming their type, e.g. :Union. One fixed query per type, built from the
     * enum and never from data: creating nodes with a fixed label is about twice as fast as with a dynamic one.
     */
    private static final Map<EntityType, String> CREATE_ENTITIES = new EnumMap<>(EntityType.class);

    static {
        for (EntityType type : EntityType.values()) {
            CREATE_ENTITIES.put(type, "UNWIND $rows AS row CREATE (n:Entity:" + type.label()
                    + ") SET n = row, n.generation = $generation");
        }
    }

    // The Neo4j type is the dataset's type upper-cased (member_of → MEMBER_OF) so that hand-written queries read
    // naturally; the exact spelling stays in the type property, which the store's own queries use.
    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {generation: $generation, id: row.from})
            MATCH (b:Entity {generation: $generation, id: row.to})
            CREATE (a)-[r:$(row.neo4jType)]->(b) SET r = row.properties
            RETURN count(r) AS created""";

    private static final String CREATE_STORIES = """
            UNWIND $rows AS row
            CREATE (s:Story) SET s = row, s.generation = $generation""";

    private static final String CREATE_STORY_STEPS = """
            UNWIND $rows AS row
            CREATE (s:StoryStep) SET s = row, s.generation = $generation""";

    private static final String MAKE_CURRENT = "MATCH (d:Dataset) SET d.current = (d.generation = $generation)";

    private static final String STALE_DATASETS = """
            MATCH (d:Dataset) WHERE d.current IS NULL OR d.current = false RETURN count(d) AS count""";

    // Dataset nodes go last: see the class comment.
    private static final String DELETE_STALE_BATCH = """
            MATCH (n) WHERE n.generation <> $current AND NOT n:Dataset
            WITH n LIMIT $batchSize
            DETACH DELETE n
            RETURN count(*) AS deleted""";

    private static final String DELETE_STALE_DATASETS = """
            MATCH (d:Dataset) WHERE d.current IS NULL OR d.current = false DELETE d""";

    private final GraphDatabaseService database;
    private final int batchSize;
    private final ImportProgress progress;
    private final String generation = UUID.randomUUID().toString();

    DatasetImport(GraphDatabaseService database, int batchSize, ImportProgress progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.database = database;
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

    /**
     * Writes the dataset as a new generation and makes it current. On failure the new generation is removed
     * again and the previous one stays current. Stale generations are left for {@link #removeStaleGenerations}.
     */
    void writeAndSwitch(Dataset dataset) {
        try {
            write(dataset);
            inTransaction(transaction -> transaction.execute(MAKE_CURRENT, Map.of("generation", generation)).close());
        } catch (RuntimeException failure) {
            try {
                removeStaleGenerations(database, batchSize);
            } catch (RuntimeException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
    }

    private void write(Dataset dataset) {
        Map<String, Object> datasetProperties = new HashMap<>();
        datasetProperties.put("title", dataset.title());
        datasetProperties.put("description", dataset.description());
        datasetProperties.put("language", dataset.language());
        datasetProperties.put("generation", generation);
        datasetProperties.put("current", false);
        inTransaction(transaction -> transaction.execute(CREATE_DATASET, Map.of("properties", datasetProperties))
                .close());

        writeInBatches("sources", dataset.sources(), PropertyMaps::of, CREATE_SOURCES);
        writeEntities(dataset.entities());
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

    private void writeEntities(List<Entity> entities) {
        for (int start = 0; start < entities.size(); start += batchSize) {
            int end = Math.min(entities.size(), start + batchSize);
            Map<EntityType, List<Map<String, Object>>> rowsByType = new EnumMap<>(EntityType.class);
            for (int i = start; i < end; i++) {
                Entity entity = entities.get(i);
                rowsByType.computeIfAbsent(entity.type(), type -> new ArrayList<>()).add(PropertyMaps.of(entity, i));
            }
            inTransaction(transaction -> rowsByType.forEach((type, rows) -> transaction.execute(
                    CREATE_ENTITIES.get(type), Map.of("rows", rows, "generation", generation)).close()));
            progress.batchWritten("entities", end, entities.size());
        }
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
            List<Map<String, Object>> rows = rows(items, start, end, row);
            inTransaction(transaction -> transaction.execute(cypher, Map.of("rows", rows, "generation", generation))
                    .close());
            progress.batchWritten(what, end, items.size());
        }
    }

    private void writeRelationships(List<Relationship> relationships) {
        for (int start = 0; start < relationships.size(); start += batchSize) {
            int end = Math.min(relationships.size(), start + batchSize);
            List<Map<String, Object>> rows = rows(relationships, start, end, DatasetImport::relationshipRow);
            inTransaction(transaction -> {
                try (Result result = transaction.execute(CREATE_RELATIONSHIPS,
                        Map.of("rows", rows, "generation", generation))) {
                    // check() rules out dangling ends; this guards against losing a relationship silently anyway.
                    if ((Long) result.next().get("created") != rows.size()) {
                        throw new StoreException("cannot import: some relationships could not be attached to their"
                                + " entities");
                    }
                }
            });
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

    private void inTransaction(Consumer<Transaction> work) {
        try (Transaction transaction = database.beginTx()) {
            work.accept(transaction);
            transaction.commit();
        }
    }

    /** Deletes every generation but the current one, in batches; a no-op when there is none. */
    static void removeStaleGenerations(GraphDatabaseService database, int batchSize) {
        String current;
        try (Transaction transaction = database.beginTx()) {
            try (Result stale = transaction.execute(STALE_DATASETS)) {
                if ((Long) stale.next().get("count") == 0) {
                    return;
                }
            }
            try (Result result = transaction.execute(CURRENT_GENERATION)) {
                // Without a current dataset every generation is stale; no node has an empty generation.
                current = result.hasNext() ? (String) result.next().get("generation") : "";
            }
        }
        long deleted;
        do {
            try (Transaction transaction = database.beginTx()) {
                try (Result result = transaction.execute(DELETE_STALE_BATCH,
                        Map.of("current", current, "batchSize", batchSize))) {
                    deleted = (Long) result.next().get("deleted");
                }
                transaction.commit();
            }
        } while (deleted > 0);
        try (Transaction transaction = database.beginTx()) {
            transaction.execute(DELETE_STALE_DATASETS).close();
            transaction.commit();
        }
    }
}

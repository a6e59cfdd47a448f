package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Story;

/**
 * Replaces the dataset on a Neo4j server all or nothing, the way {@link DatasetImport} does in the embedded store:
 * the new generation is written beside the current one in batches, each one transaction of UNWIND over a list
 * parameter, and made current in one small transaction once the server's indexes are online. A broken file is
 * refused before anything is sent ({@link DatasetImport#check}); a connection lost half way leaves a partial
 * generation that no reader sees, and the next import removes it before it writes.
 *
 * <p>Unlike the embedded import, the schema is never dropped for speed: the server may be shared, and its indexes
 * are what the batches' lookups of relationship ends use.
 */
final class BoltImport {

    // Entity labels come from the fixed list of types, never from the data.
    private static final Map<EntityType, String> CREATE_ENTITIES = new EnumMap<>(EntityType.class);

    static {
        for (EntityType type : EntityType.values()) {
            CREATE_ENTITIES.put(type, "UNWIND $rows AS row CREATE (n:Entity:" + type.label() + ") SET n = row");
        }
    }

    private static final String CREATE_SOURCES = "UNWIND $rows AS row CREATE (n:Source) SET n = row";
    private static final String CREATE_STORIES = "UNWIND $rows AS row CREATE (n:Story) SET n = row";
    private static final String CREATE_STEPS = "UNWIND $rows AS row CREATE (n:StoryStep) SET n = row";

    // The Neo4j type is the dataset's type upper-cased, as in the embedded store; a dynamic type keeps the
    // open vocabulary a parameter.
    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {generation: $generation, id: row.from})
            MATCH (b:Entity {generation: $generation, id: row.to})
            CREATE (a)-[r:$(row.neo4jType)]->(b)
            SET r = row.properties""";

    private static final String AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)";

    /** Every node of a generation that is not current, in batches of their own transactions. */
    private static final String DELETE_STALE_NODES = """
            OPTIONAL MATCH (d:Dataset {current: true})
            WITH coalesce(d.generation, '') AS current
            MATCH (n) WHERE n.generation IS NOT NULL AND n.generation <> current AND NOT n:Dataset
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batchSize ROWS""";

    private final BoltGraphStore store;
    private final int batchSize;
    private final ImportProgress progress;
    private final String generation = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    private final TransactionConfig writeConfig = TransactionConfig.builder()
            .withTimeout(BoltGraphStore.WRITE_TIMEOUT).build();

    BoltImport(BoltGraphStore store, int batchSize, ImportProgress progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.store = store;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    void run(Dataset dataset) {
        ServerConnection server = store.server();
        try (Session session = store.session(AccessMode.WRITE)) {
            try {
                // Schema statements cannot share a transaction with data, so each runs on its own.
                GraphSchema.statements().forEach(statement -> session.run(statement).consume());
                removeStaleGenerations(session);
                write(session, dataset);
                session.run(AWAIT_INDEXES, Map.of("seconds", BoltGraphStore.WRITE_TIMEOUT.toSeconds())).consume();
                inTransaction(session, DatasetImport.MAKE_CURRENT, Map.of("generation", generation));
            } catch (RuntimeException e) {
                throw new StoreException("import failed, the previous dataset is kept: "
                        + BoltFailures.describe(server, "the import", e).getMessage(), e);
            }
            try {
                removeStaleGenerations(session);
            } catch (RuntimeException e) {
                throw new StoreException("the dataset is imported, but deleting the previous one failed (the next"
                        + " import will): " + BoltFailures.describe(server, "deleting", e).getMessage(), e);
            }
        }
    }

    private void write(Session session, Dataset dataset) {
        Map<String, Object> datasetProperties = new HashMap<>();
        datasetProperties.put("title", dataset.title());
        datasetProperties.put("description", dataset.description());
        datasetProperties.put("language", dataset.language());
        datasetProperties.put("generation", generation);
        datasetProperties.put("current", false);
        inTransaction(session, DatasetImport.CREATE_DATASET, Map.of("properties", stored(datasetProperties)));

        List<Map<String, Object>> sources = new ArrayList<>();
        for (int i = 0; i < dataset.sources().size(); i++) {
            sources.add(node(PropertyMaps.of(dataset.sources().get(i), i)));
        }
        writeBatches(session, "sources", CREATE_SOURCES, sources);

        // One query per entity type, so that the labels stay fixed text; ordinals stay places in the file.
        Map<EntityType, List<Map<String, Object>>> entitiesByType = new EnumMap<>(EntityType.class);
        List<Entity> entities = dataset.entities();
        for (int i = 0; i < entities.size(); i++) {
            entitiesByType.computeIfAbsent(entities.get(i).type(), type -> new ArrayList<>())
                    .add(node(PropertyMaps.of(entities.get(i), i)));
        }
        for (Map.Entry<EntityType, List<Map<String, Object>>> group : entitiesByType.entrySet()) {
            writeBatches(session, "entities", CREATE_ENTITIES.get(group.getKey()), group.getValue());
        }

        List<Map<String, Object>> relationships = new ArrayList<>();
        List<Relationship> all = dataset.relationships();
        for (int i = 0; i < all.size(); i++) {
            Relationship relationship = all.get(i);
            Map<String, Object> properties = stored(PropertyMaps.of(relationship, i));
            properties.remove("from");
            properties.remove("to");
            Map<String, Object> row = new HashMap<>();
            row.put("from", relationship.from());
            row.put("to", relationship.to());
            row.put("neo4jType", relationship.type().toUpperCase(Locale.ROOT));
            row.put("properties", properties);
            relationships.add(row);
        }
        writeBatches(session, "relationships", CREATE_RELATIONSHIPS, relationships);

        List<Map<String, Object>> stories = new ArrayList<>();
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < dataset.stories().size(); i++) {
            Story story = dataset.stories().get(i);
            stories.add(node(PropertyMaps.of(story, i)));
            for (int s = 0; s < story.steps().size(); s++) {
                steps.add(node(PropertyMaps.of(story.steps().get(s), story.id(), s)));
            }
        }
        writeBatches(session, "stories", CREATE_STORIES, stories);
        writeBatches(session, "story steps", CREATE_STEPS, steps);
    }

    private void writeBatches(Session session, String what, String cypher, List<Map<String, Object>> rows) {
        for (int start = 0; start < rows.size(); start += batchSize) {
            int end = Math.min(rows.size(), start + batchSize);
            Map<String, Object> parameters = Map.of("rows", rows.subList(start, end), "generation", generation);
            inTransaction(session, cypher, parameters);
            progress.batchWritten(what, end, rows.size());
        }
    }

    /**
     * One write transaction, not retried: a batch whose commit was lost with the connection might have been
     * written, and writing it again would store it twice. The import fails instead and the next one cleans up.
     */
    private void inTransaction(Session session, String cypher, Map<String, Object> parameters) {
        try (Transaction transaction = session.beginTransaction(writeConfig)) {
            transaction.run(cypher, parameters).consume();
            transaction.commit();
        }
    }

    private Map<String, Object> node(Map<String, Object> properties) {
        Map<String, Object> stored = stored(properties);
        stored.put("generation", generation);
        return stored;
    }

    /**
     * The values the embedded import would store: no nulls, and no empty lists (a missing list reads as empty),
     * so that both stores hold and give back the same.
     */
    private static Map<String, Object> stored(Map<String, Object> properties) {
        Map<String, Object> stored = new HashMap<>();
        properties.forEach((key, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                stored.put(key, value);
            }
        });
        return stored;
    }

    private void removeStaleGenerations(Session session) {
        session.run(DELETE_STALE_NODES, Map.of("batchSize", batchSize)).consume();
        session.run(DatasetImport.DELETE_STALE_DATASETS).consume();
    }
}

package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
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
 *
 * <p>The import writes with the embedded core API rather than Cypher: it runs only against the embedded database
 * (a remote server would be loaded with its own import tools), and creating nodes and relationships directly,
 * with an id-to-node map instead of an index lookup per relationship end, is many times faster than UNWIND
 * queries. Every query the store answers stays parameterised Cypher.
 */
final class DatasetImport {

    /**
     * Rows per transaction. Measured on 100,000 entities and 300,000 relationships, with each batch built while
     * the one before commits: batches of 2,000 took about two thirds of the time of batches of 5,000, with less
     * garbage collection (a batch's transaction state lives on the heap until it commits, and two are alive at
     * once); 10,000 collected more still, and 1,000 gained nothing more.
     */
    static final int DEFAULT_BATCH_SIZE = 2_000;

    static final String CURRENT_GENERATION = "MATCH (d:Dataset {current: true}) RETURN d.generation AS generation";

    static final String CREATE_DATASET = "CREATE (d:Dataset) SET d = $properties";

    static final String MAKE_CURRENT = "MATCH (d:Dataset) SET d.current = (d.generation = $generation)";

    static final String STALE_DATASETS = """
            MATCH (d:Dataset) WHERE d.current IS NULL OR d.current = false RETURN count(d) AS count""";

    static final String DELETE_STALE_DATASETS = """
            MATCH (d:Dataset) WHERE d.current IS NULL OR d.current = false DELETE d""";

    private static final String GENERATION = "generation";
    private static final Label DATASET = Label.label("Dataset");
    private static final Label SOURCE = Label.label("Source");
    private static final Label STORY = Label.label("Story");
    private static final Label STORY_STEP = Label.label("StoryStep");

    /** Entities carry :Entity plus a label naming their type, e.g. :Union. */
    private static final Map<EntityType, Label[]> ENTITY_LABELS = new HashMap<>();

    static {
        for (EntityType type : EntityType.values()) {
            ENTITY_LABELS.put(type, new Label[] {Label.label("Entity"), Label.label(type.label())});
        }
    }

    private final GraphDatabaseService database;
    private final int batchSize;
    private final ImportProgress progress;
    /** Set when the import rebuilds the schema, so that no index is updated batch by batch: see BatchCommits. */
    private boolean commitInBackground;
    /**
     * Random, so that no two imports share one. Sixteen hex digits are stored inline in the node's property record,
     * where a UUID's 36 characters would take a separate string record on every node.
     */
    private final String generation = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

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
     * Writes the dataset as a new generation and makes it current once its index entries are online. On failure
     * the new generation is removed again and the previous one stays current. Stale generations are left for
     * {@link #removeStaleGenerations}.
     */
    void writeAndSwitch(Dataset dataset) {
        // With no current dataset no reader needs the indexes meanwhile, so they go during the load and are
        // filled afterwards in one pass, which is several times faster than updating them batch by batch. The
        // entities' indexes start filling (on Neo4j's own threads) once the entities are in, beside the
        // relationships' load; the constraints are created last, as creating one waits for its index to fill.
        boolean rebuildSchema = currentGeneration(database) == null;
        try {
            if (rebuildSchema) {
                GraphSchema.drop(database);
                commitInBackground = true;
            }
            write(dataset, rebuildSchema ? () -> GraphSchema.createNodeIndexes(database) : () -> { });
            if (rebuildSchema) {
                GraphSchema.create(database);
            }
            GraphSchema.awaitOnline(database);
            inTransaction(transaction -> transaction.execute(MAKE_CURRENT, Map.of(GENERATION, generation)).close());
        } catch (RuntimeException failure) {
            // The schema comes back, and is online, before the clean-up queries: a query planned while the label
            // index is still filling may read it and fail ("Index is still populating"), leaving the partial
            // generation behind. Each step is tried even if the other fails; what stays is removed at next open.
            if (rebuildSchema) {
                cleanUp(failure, () -> GraphSchema.ensure(database));
            }
            cleanUp(failure, () -> removeStaleGenerations(database, batchSize));
            throw failure;
        }
    }

    private static void cleanUp(RuntimeException failure, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }

    /** The current generation, or null when the store has no dataset yet. */
    private static String currentGeneration(GraphDatabaseService database) {
        return inTransactionReturning(database, transaction -> {
            try (Result result = transaction.execute(CURRENT_GENERATION)) {
                return result.hasNext() ? (String) result.next().get(GENERATION) : null;
            }
        });
    }

    /** {@code entitiesWritten} runs once the sources and entities are committed, before the relationships. */
    private void write(Dataset dataset, Runnable entitiesWritten) {
        Map<String, Object> datasetProperties = new HashMap<>();
        datasetProperties.put("title", dataset.title());
        datasetProperties.put("description", dataset.description());
        datasetProperties.put("language", dataset.language());
        PropertyMaps.putTranslations(datasetProperties, dataset.translations());
        datasetProperties.put(GENERATION, generation);
        datasetProperties.put("current", false);
        inTransaction(transaction -> transaction.execute(CREATE_DATASET, Map.of("properties", datasetProperties))
                .close());

        writeNodes("sources", dataset.sources(),
                (transaction, source, ordinal) -> createNode(transaction, PropertyMaps.of(source, ordinal), SOURCE));
        Map<String, Long> nodeIds = new HashMap<>(dataset.entities().size() * 4 / 3 + 1);
        writeNodes("entities", dataset.entities(), (transaction, entity, ordinal) -> {
            Node node = createNode(transaction, PropertyMaps.of(entity, ordinal), ENTITY_LABELS.get(entity.type()));
            nodeIds.put(entity.id(), nodeId(node));
        });
        entitiesWritten.run();
        writeRelationships(dataset.relationships(), nodeIds);
        writeNodes("stories", dataset.stories(),
                (transaction, story, ordinal) -> createNode(transaction, PropertyMaps.of(story, ordinal), STORY));
        // A step's ordinal is its place in its story, not in the list of all steps.
        List<StepOfStory> steps = new ArrayList<>();
        for (Story story : dataset.stories()) {
            for (int i = 0; i < story.steps().size(); i++) {
                steps.add(new StepOfStory(story.id(), story.steps().get(i), i));
            }
        }
        writeNodes("story steps", steps, (transaction, step, ordinal) -> createNode(transaction,
                PropertyMaps.of(step.step(), step.storyId(), step.ordinal()), STORY_STEP));
    }

    private record StepOfStory(String storyId, StoryStep step, int ordinal) {
    }

    /** Writes one item into the transaction; {@code ordinal} is its place in the list. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(Transaction transaction, T item, int ordinal);
    }

    /**
     * Writes the items in batches, one transaction each, building each batch while the one before commits, and
     * reports each batch once it is committed. Returns when all are committed.
     */
    private <T> void writeNodes(String what, List<T> items, ItemWriter<T> writer) {
        try (BatchCommits commits = new BatchCommits(commitInBackground)) {
            for (int start = 0; start < items.size(); start += batchSize) {
                int end = Math.min(items.size(), start + batchSize);
                Transaction transaction = database.beginTx();
                try {
                    for (int i = start; i < end; i++) {
                        writer.write(transaction, items.get(i), i);
                    }
                } catch (RuntimeException | Error failure) {
                    transaction.close();
                    throw failure;
                }
                commits.commit(transaction, () -> progress.batchWritten(what, end, items.size()));
            }
            commits.finish();
        }
    }

    private Node createNode(Transaction transaction, Map<String, Object> properties, Label... labels) {
        Node node = transaction.createNode(labels);
        node.setProperty(GENERATION, generation);
        setProperties(node, properties);
        return node;
    }

    private void writeRelationships(List<Relationship> relationships, Map<String, Long> nodeIds) {
        // The Neo4j type is the dataset's type upper-cased (member_of → MEMBER_OF) so that hand-written queries
        // read naturally; the exact spelling stays in the type property, which the store's own queries use.
        Map<String, RelationshipType> neo4jTypes = new HashMap<>();
        writeNodes("relationships", relationships, (transaction, relationship, ordinal) -> {
            Node from = transaction.getNodeById(nodeId(nodeIds, relationship, relationship.from()));
            Node to = transaction.getNodeById(nodeId(nodeIds, relationship, relationship.to()));
            RelationshipType type = neo4jTypes.computeIfAbsent(relationship.type(),
                    written -> RelationshipType.withName(written.toUpperCase(Locale.ROOT)));
            setProperties(from.createRelationshipTo(to, type), PropertyMaps.of(relationship, ordinal));
        });
    }

    /** check() rules out dangling ends; this guards against losing a relationship silently anyway. */
    private static long nodeId(Map<String, Long> nodeIds, Relationship relationship, String entityId) {
        Long id = nodeIds.get(entityId);
        if (id == null) {
            throw new StoreException("cannot import: relationship \"" + relationship.id()
                    + "\" refers to unknown entity \"" + entityId + "\"");
        }
        return id;
    }

    /**
     * Internal ids are a long per entity, where element ids would be a string each; they are stable while the node
     * exists, and the import and the clean-up use them only for nodes they know are there.
     */
    @SuppressWarnings("deprecation")
    private static long nodeId(Node node) {
        return node.getId();
    }

    /**
     * Sets the values that say something: Neo4j stores no nulls, and empty lists are left out too, as each list
     * takes a record of its own ({@link PropertyMaps} reads a missing list as empty). Lists become string arrays and
     * integers longs, as Cypher would store them.
     */
    static void setProperties(org.neo4j.graphdb.Entity container, Map<String, Object> properties) {
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            Object value = property.getValue();
            if (value instanceof List<?> list) {
                if (!list.isEmpty()) {
                    container.setProperty(property.getKey(), list.toArray(String[]::new));
                }
            } else if (value instanceof Integer number) {
                container.setProperty(property.getKey(), number.longValue());
            } else if (value != null) {
                container.setProperty(property.getKey(), value);
            }
        }
    }

    private void inTransaction(Consumer<Transaction> work) {
        inTransaction(database, work);
    }

    private static void inTransaction(GraphDatabaseService database, Consumer<Transaction> work) {
        inTransactionReturning(database, transaction -> {
            work.accept(transaction);
            return null;
        });
    }

    private static <T> T inTransactionReturning(GraphDatabaseService database, Function<Transaction, T> work) {
        try (Transaction transaction = database.beginTx()) {
            T result = work.apply(transaction);
            transaction.commit();
            return result;
        }
    }

    /**
     * Deletes every generation but the current one, in batches; a no-op when there is none. One scan finds the
     * stale nodes, then each batch deletes its nodes with their relationships (which never leave a generation).
     */
    static void removeStaleGenerations(GraphDatabaseService database, int batchSize) {
        if (!hasStaleGenerations(database)) {
            return;
        }
        long[] staleNodes;
        try (Transaction transaction = database.beginTx()) {
            String current;
            try (Result result = transaction.execute(CURRENT_GENERATION)) {
                // Without a current dataset every generation is stale; no node has an empty generation.
                current = result.hasNext() ? (String) result.next().get(GENERATION) : "";
            }
            staleNodes = staleNodeIds(transaction, current);
        }
        int next = 0;
        while (next < staleNodes.length) {
            int first = next;
            next = inTransactionReturning(database, transaction -> deleteBatch(transaction, staleNodes, first,
                    batchSize));
        }
        // Dataset nodes go last: see the class comment.
        inTransaction(database, transaction -> transaction.execute(DELETE_STALE_DATASETS).close());
    }

    /** True when a generation other than the current one is stored: an import failed or was cut short. */
    static boolean hasStaleGenerations(GraphDatabaseService database) {
        return inTransactionReturning(database, transaction -> {
            try (Result stale = transaction.execute(STALE_DATASETS)) {
                return (Long) stale.next().get("count") > 0;
            }
        });
    }

    /** Nodes of any generation but the current one, except the :Dataset nodes. */
    private static long[] staleNodeIds(Transaction transaction, String current) {
        LongStream.Builder ids = LongStream.builder();
        try (ResourceIterable<Node> nodes = transaction.getAllNodes()) {
            for (Node node : nodes) {
                Object nodeGeneration = node.getProperty(GENERATION, null);
                if (nodeGeneration != null && !nodeGeneration.equals(current) && !node.hasLabel(DATASET)) {
                    ids.add(nodeId(node));
                }
            }
        }
        return ids.build().toArray();
    }

    /**
     * Deletes about {@code batchSize} nodes and relationships, the nodes from {@code first} on with their
     * relationships, and returns where the next batch starts. A batch counts relationships as well as nodes, and a
     * hub with more relationships than a batch holds is deleted over several, so no transaction outgrows its memory.
     */
    @SuppressWarnings("deprecation")
    private static int deleteBatch(Transaction transaction, long[] nodeIds, int first, int batchSize) {
        int deleted = 0;
        int next = first;
        while (next < nodeIds.length && deleted < batchSize) {
            Node node = transaction.getNodeById(nodeIds[next]);
            try (ResourceIterable<org.neo4j.graphdb.Relationship> relationships = node.getRelationships();
                    ResourceIterator<org.neo4j.graphdb.Relationship> iterator = relationships.iterator()) {
                while (iterator.hasNext() && deleted < batchSize) {
                    iterator.next().delete();
                    deleted++;
                }
                if (iterator.hasNext()) {
                    return next;
                }
            }
            node.delete();
            deleted++;
            next++;
        }
        return next;
    }
}

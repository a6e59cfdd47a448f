package org.solidarityatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.exceptions.NotSystemDatabaseException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.security.AuthorizationViolationException;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.model.TimeWindow;

/**
 * The graph store on an embedded Neo4j database kept in a data directory. Every query is parameterised Cypher;
 * see {@link PropertyMaps} for how records are stored and {@link GraphSchema} for the indexes.
 */
public final class Neo4jGraphStore implements GraphStore {

    /** Small, explicit memory settings: a desktop app shares the machine with everything else. */
    static final long PAGE_CACHE_BYTES = 128L << 20;

    /**
     * Imports write in batches of a few thousand rows per transaction, so no transaction needs much; the limit
     * makes a runaway query fail cleanly instead of exhausting the heap.
     */
    static final long TRANSACTION_MEMORY_BYTES = 256L << 20;
    static final long ALL_TRANSACTIONS_MEMORY_BYTES = 512L << 20;

    // Every query reads the current generation only (see DatasetImport); $generation is null when none is.
    private static final String DATASET = "MATCH (d:Dataset {current: true}) RETURN d {.*} AS d";

    // The dated branch is a range seek on the date indexes; undated entities have no bounds at all.
    private static final String VISIBLE_ENTITIES = """
            CALL () {
              MATCH (n:Entity) WHERE n.lastDay >= $firstDay AND n.firstDay <= $lastDay RETURN n
              UNION ALL
              MATCH (n:Entity) WHERE $includeUndated AND n.firstDay IS NULL RETURN n
            }
            WITH n WHERE n.generation = $generation AND n.type IN $types
            RETURN n {.*} AS n ORDER BY n.ordinal""";

    private static final String RELATIONSHIPS_FROM = """
            UNWIND $ids AS id
            MATCH (:Entity {generation: $generation, id: id})-[r]->(:Entity)
            WHERE ($allRelationshipTypes OR r.type IN $relationshipTypes)
              AND CASE WHEN r.firstDay IS NULL THEN $includeUndated
                       ELSE r.firstDay <= $lastDay AND r.lastDay >= $firstDay END
            RETURN r {.*, from: startNode(r).id, to: endNode(r).id} AS r""";

    // The full-text procedure yields hits best first; filtering keeps that order.
    private static final int SEARCH_CANDIDATES = 100;

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WITH node, score WHERE node.generation = $generation
            RETURN node {.*} AS n, score LIMIT $limit""";

    private static final String ENTITY_BY_ID =
            "MATCH (n:Entity {generation: $generation, id: $id}) RETURN n {.*} AS n";

    private static final String NEIGHBOURS = """
            UNWIND $ids AS id
            MATCH (:Entity {generation: $generation, id: id})-[r]-(m:Entity)
            RETURN r {.*, from: startNode(r).id, to: endNode(r).id} AS r, m {.*} AS m""";

    private static final String SHORTEST_PATH = """
            MATCH (a:Entity {generation: $generation, id: $from}), (b:Entity {generation: $generation, id: $to})
            MATCH p = shortestPath((a)-[*]-(b))
            RETURN [n IN nodes(p) | n {.*}] AS entities,
                   [r IN relationships(p) | r {.*, from: startNode(r).id, to: endNode(r).id}] AS relationships""";

    private static final String LINKS = """
            MATCH (:Entity {generation: $generation, id: $id})-[r]-(o:Entity)
            RETURN r {.*, from: startNode(r).id, to: endNode(r).id} AS r, o {.*} AS o ORDER BY r.ordinal""";

    private static final String SOURCES_BY_ID =
            "MATCH (s:Source {generation: $generation}) WHERE s.id IN $ids RETURN s {.*} AS s";

    private static final String ENTITIES_BY_TYPE =
            "MATCH (n:Entity {generation: $generation}) RETURN n.type AS type, count(*) AS count";
    private static final String RELATIONSHIPS_BY_TYPE =
            "MATCH (:Entity {generation: $generation})-[r]->(:Entity) RETURN r.type AS type, count(*) AS count";
    // Partial ISO dates sort as text in time order, and the span only needs their years.
    private static final String WRITTEN_DATES = """
            CALL () {
              MATCH (n:Entity {generation: $generation}) RETURN [n.start, n.end] AS dates
              UNION ALL
              MATCH (:Entity {generation: $generation})-[r]->(:Entity) RETURN [r.start, r.end] AS dates
            }
            UNWIND dates AS written
            WITH written WHERE written IS NOT NULL
            RETURN min(written) AS earliest, max(written) AS latest""";

    private static final String EXPLAIN = "EXPLAIN ";
    private static final Pattern ERROR_POSITION = Pattern.compile("line (\\d+), column (\\d+) \\(offset: (\\d+)\\)");

    private final Path dataDirectory;
    private final DatabaseManagementService managementService;
    private final GraphDatabaseService database;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Neo4jGraphStore(Path dataDirectory, DatabaseManagementService managementService,
            GraphDatabaseService database) {
        this.dataDirectory = dataDirectory;
        this.managementService = managementService;
        this.database = database;
    }

    /**
     * Opens (creating when needed) the database in the directory. Slow: call it off the JavaFX thread.
     *
     * @throws DataDirectoryInUseException when another process has the directory open
     * @throws StoreException              with a one-line message for any other failure
     */
    public static Neo4jGraphStore open(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + directory + ": " + firstLine(e), e);
        }
        DatabaseManagementService managementService;
        try {
            managementService = new DatabaseManagementServiceBuilder(directory)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, TRANSACTION_MEMORY_BYTES)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ALL_TRANSACTIONS_MEMORY_BYTES)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.logs_directory, directory.resolve("logs"))
                    // Transaction logs are for recovery only here: no preallocated files, no history kept.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    .setConfig(BoltConnector.enabled, false)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .build();
        } catch (RuntimeException e) {
            throw openFailure(directory, e);
        }
        try {
            GraphDatabaseService database = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            GraphSchema.ensure(database);
            // Finishes what an import cut short by a crash began: its partial or superseded generation goes.
            DatasetImport.removeStaleGenerations(database, DatasetImport.DEFAULT_BATCH_SIZE);
            return new Neo4jGraphStore(directory, managementService, database);
        } catch (RuntimeException e) {
            managementService.shutdown();
            throw openFailure(directory, e);
        }
    }

    /** Neo4j reports a held store lock as a FileLockException somewhere down the cause chain. */
    private static StoreException openFailure(Path directory, RuntimeException failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException) {
                return new DataDirectoryInUseException(directory);
            }
            deepest = cause;
        }
        return new StoreException("cannot open the database in " + directory + ": " + firstLine(deepest), failure);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public boolean isEmpty() {
        return read(reading -> reading.generation() == null);
    }

    @Override
    public void replaceDataset(Dataset dataset) {
        replaceDataset(dataset, DatasetImport.DEFAULT_BATCH_SIZE, ImportProgress.NONE);
    }

    /**
     * All or nothing: see {@link DatasetImport} for how, without one huge transaction. One import at a time, as
     * each removes every generation but the current one when it finishes or fails.
     */
    synchronized void replaceDataset(Dataset dataset, int batchSize, ImportProgress progress) {
        DatasetImport.check(dataset);
        try {
            new DatasetImport(database, batchSize, progress).writeAndSwitch(dataset);
        } catch (RuntimeException e) {
            throw new StoreException("import failed, the previous dataset is kept: " + firstLine(e), e);
        }
        try {
            DatasetImport.removeStaleGenerations(database, batchSize);
        } catch (RuntimeException e) {
            throw new StoreException("the dataset is imported, but deleting the previous one failed (it will be"
                    + " retried when the store next opens): " + firstLine(e), e);
        }
    }

    @Override
    public Optional<Dataset> dataset() {
        try (Transaction transaction = database.beginTx()) {
            return StoredDataset.read(transaction);
        } catch (RuntimeException e) {
            throw new StoreException("could not read the stored dataset: " + firstLine(e), e);
        }
    }

    @Override
    public Subgraph visibleGraph(GraphFilter filter) {
        TimeWindow window = filter.window().orElse(new TimeWindow(Lifespan.BEGINNING, Lifespan.ONGOING));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("firstDay", window.firstDay());
        parameters.put("lastDay", window.lastDay());
        parameters.put("includeUndated", filter.includeUndated());
        parameters.put("types", filter.entityTypes().stream().map(EntityType::id).toList());
        parameters.put("allRelationshipTypes", filter.relationshipTypes().isEmpty());
        parameters.put("relationshipTypes", List.copyOf(filter.relationshipTypes().orElse(Set.of())));
        return read(reading -> {
            List<Entity> entities = reading.column(VISIBLE_ENTITIES, parameters, "n").stream()
                    .map(PropertyMaps::entity).toList();
            Set<String> shown = new HashSet<>();
            entities.forEach(entity -> shown.add(entity.id()));
            parameters.put("ids", List.copyOf(shown));
            List<Map<String, Object>> relationshipRows = new ArrayList<>(
                    reading.column(RELATIONSHIPS_FROM, parameters, "r"));
            // A relationship shows only when its other end shows too.
            relationshipRows.removeIf(row -> !shown.contains((String) row.get("to")));
            relationshipRows.sort(Comparator.comparingInt(PropertyMaps::ordinal));
            return new Subgraph(entities, relationshipRows.stream().map(PropertyMaps::relationship).toList());
        });
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        String query = SearchText.luceneQuery(text);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        // More candidates than asked for, so an exact name the score ranks low is still among them to move up.
        int candidates = Math.max(limit, Math.min(limit * 5, SEARCH_CANDIDATES));
        Map<String, Object> parameters = Map.of("index", GraphSchema.FULL_TEXT_INDEX, "query", query,
                "limit", candidates);
        return read(reading -> {
            // Nothing to find without a dataset; an import into the empty store may have dropped the index too.
            if (reading.generation() == null) {
                return List.<SearchHit>of();
            }
            List<SearchHit> hits = reading.rows(SEARCH, parameters).stream()
                    .map(row -> new SearchHit(entity(row.get("n")), ((Number) row.get("score")).doubleValue()))
                    .toList();
            List<SearchHit> ranked = SearchText.ranked(text, hits);
            return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
        });
    }

    /** Breadth first, one query per level, so that hubs do not multiply the paths to enumerate. */
    @Override
    public Optional<Subgraph> neighbourhood(String entityId, int depth) {
        if (depth < 1 || depth > 3) {
            throw new IllegalArgumentException("depth must be 1 to 3: " + depth);
        }
        return read(reading -> {
            Optional<Map<String, Object>> start = reading.column(ENTITY_BY_ID, Map.of("id", entityId), "n").stream()
                    .findFirst();
            if (start.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Map<String, Object>> entities = new HashMap<>();
            Map<String, Map<String, Object>> relationships = new HashMap<>();
            entities.put(entityId, start.get());
            List<String> frontier = List.of(entityId);
            for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
                List<String> next = new ArrayList<>();
                for (Map<String, Object> row : reading.rows(NEIGHBOURS, Map.of("ids", frontier))) {
                    Map<String, Object> relationship = properties(row.get("r"));
                    relationships.putIfAbsent((String) relationship.get("id"), relationship);
                    Map<String, Object> neighbour = properties(row.get("m"));
                    String neighbourId = (String) neighbour.get("id");
                    if (entities.putIfAbsent(neighbourId, neighbour) == null) {
                        next.add(neighbourId);
                    }
                }
                frontier = next;
            }
            return Optional.of(new Subgraph(
                    inImportOrder(entities.values()).stream().map(PropertyMaps::entity).toList(),
                    inImportOrder(relationships.values()).stream().map(PropertyMaps::relationship).toList()));
        });
    }

    @Override
    public Optional<GraphPath> shortestPath(String fromId, String toId) {
        return read(reading -> {
            if (fromId.equals(toId)) {
                return reading.column(ENTITY_BY_ID, Map.of("id", fromId), "n").stream().findFirst()
                        .map(entity -> new GraphPath(List.of(PropertyMaps.entity(entity)), List.of()));
            }
            return reading.rows(SHORTEST_PATH, Map.of("from", fromId, "to", toId)).stream().findFirst()
                    .map(row -> new GraphPath(
                            maps(row.get("entities")).stream().map(PropertyMaps::entity).toList(),
                            maps(row.get("relationships")).stream().map(PropertyMaps::relationship).toList()));
        });
    }

    /** Sources are those the entity cites, then those its relationships cite, each once. */
    @Override
    public Optional<EntityDetails> details(String entityId) {
        return read(reading -> {
            Optional<Map<String, Object>> found = reading.column(ENTITY_BY_ID, Map.of("id", entityId), "n").stream()
                    .findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Entity entity = PropertyMaps.entity(found.get());
            Set<String> sourceIds = new LinkedHashSet<>(entity.sources());
            List<EntityDetails.Link> links = new ArrayList<>();
            for (Map<String, Object> link : reading.rows(LINKS, Map.of("id", entityId))) {
                Relationship relationship = PropertyMaps.relationship(properties(link.get("r")));
                sourceIds.addAll(relationship.sources());
                links.add(new EntityDetails.Link(relationship, entity(link.get("o")),
                        relationship.from().equals(entityId)));
            }
            Map<String, Source> sources = new HashMap<>();
            for (Map<String, Object> source : reading.column(SOURCES_BY_ID, Map.of("ids", List.copyOf(sourceIds)),
                    "s")) {
                sources.put((String) source.get("id"), PropertyMaps.source(source));
            }
            List<Source> cited = sourceIds.stream().filter(sources::containsKey).map(sources::get).toList();
            return Optional.of(new EntityDetails(entity, links, cited));
        });
    }

    /** The title is empty and every count zero when nothing is stored. */
    @Override
    public DatasetSummary summary() {
        return read(reading -> {
            String title = reading.column(DATASET, Map.of(), "d").stream()
                    .map(properties -> (String) properties.get("title")).findFirst().orElse("");
            Map<EntityType, Long> entitiesByType = new EnumMap<>(EntityType.class);
            for (EntityType type : EntityType.values()) {
                entitiesByType.put(type, 0L);
            }
            for (Map<String, Object> row : reading.rows(ENTITIES_BY_TYPE, Map.of())) {
                EntityType.fromId((String) row.get("type"))
                        .ifPresent(type -> entitiesByType.put(type, (Long) row.get("count")));
            }
            Map<String, Long> relationshipsByType = new LinkedHashMap<>();
            for (Map<String, Object> row : reading.rows(RELATIONSHIPS_BY_TYPE, Map.of())) {
                relationshipsByType.put((String) row.get("type"), (Long) row.get("count"));
            }
            Optional<TimeWindow> span = reading.rows(WRITTEN_DATES, Map.of()).stream()
                    .filter(row -> row.get("earliest") != null)
                    .map(row -> TimeWindow.ofYears(year(row.get("earliest")), year(row.get("latest"))))
                    .findFirst();
            return new DatasetSummary(title, entitiesByType, relationshipsByType, span);
        });
    }

    private static int year(Object written) {
        return PartialDate.parse((String) written)
                .orElseThrow(() -> new StoreException("malformed date in store: " + written)).year();
    }

    /**
     * Plans the query first and refuses anything that is not read-only, then runs it in a transaction that
     * cannot write either. The text is the user's own query by design: it is only ever planned or run, read-only.
     */
    @Override
    public QueryResult readOnlyQuery(String cypher) {
        if (cypher == null || cypher.isBlank()) {
            throw new StoreException("the query is empty");
        }
        try (Transaction transaction = readOnlyTransaction()) {
            QueryExecutionType.QueryType type = planOf(transaction, cypher);
            if (type != QueryExecutionType.QueryType.READ_ONLY) {
                throw new WriteQueryRefusedException(refusal(type));
            }
            try (Result result = transaction.execute(cypher)) {
                List<String> columns = result.columns();
                List<List<Object>> rows = new ArrayList<>();
                result.forEachRemaining(row -> {
                    List<Object> values = new ArrayList<>(columns.size());
                    columns.forEach(column -> values.add(PlainValues.of(row.get(column))));
                    rows.add(values);
                });
                return new QueryResult(columns, rows);
            }
        } catch (AuthorizationViolationException e) {
            throw new WriteQueryRefusedException("refused: the query needs more than read access ("
                    + firstLine(e) + ")");
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("query failed: " + firstLine(e), e);
        }
    }

    private static QueryExecutionType.QueryType planOf(Transaction transaction, String cypher) {
        try (Result plan = transaction.execute(EXPLAIN + cypher)) {
            return plan.getQueryExecutionType().queryType();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotSystemDatabaseException) {
                    return QueryExecutionType.QueryType.DBMS;
                }
            }
            throw new StoreException("query failed: " + withoutExplainPrefix(firstLine(e)), e);
        }
    }

    /** Error positions count the EXPLAIN we put in front; give them back as positions in the user's text. */
    static String withoutExplainPrefix(String message) {
        Matcher position = ERROR_POSITION.matcher(message);
        StringBuilder corrected = new StringBuilder();
        while (position.find()) {
            int line = Integer.parseInt(position.group(1));
            int column = Integer.parseInt(position.group(2));
            int offset = Integer.parseInt(position.group(3));
            int userColumn = line == 1 ? column - EXPLAIN.length() : column;
            int userOffset = offset - EXPLAIN.length();
            position.appendReplacement(corrected,
                    "line " + line + ", column " + userColumn + " (offset: " + userOffset + ")");
        }
        position.appendTail(corrected);
        return corrected.toString();
    }

    private static String refusal(QueryExecutionType.QueryType type) {
        String what = switch (type) {
            case SCHEMA_WRITE -> "would change the schema";
            case DBMS -> "is an administration command";
            default -> "would change the data";
        };
        return "refused: the query " + what + "; only read-only queries can run here, and nothing was changed";
    }

    /**
     * Embedded Neo4j has no public read-only transaction, so this asks the kernel for one whose access mode is
     * READ: any write, token creation or schema change inside it fails.
     */
    private Transaction readOnlyTransaction() {
        return ((GraphDatabaseAPI) database).beginTransaction(
                KernelTransaction.Type.EXPLICIT, SecurityContext.AUTH_DISABLED.withMode(AccessMode.Static.READ));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            managementService.shutdown();
        }
    }

    /** Runs the work in one transaction that reads the current generation. */
    private <T> T read(Function<Reading, T> work) {
        try (Transaction transaction = database.beginTx()) {
            String generation;
            try (Result result = transaction.execute(DatasetImport.CURRENT_GENERATION)) {
                generation = result.hasNext() ? (String) result.next().get("generation") : null;
            }
            return work.apply(new Reading(transaction, generation));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("database query failed: " + firstLine(e), e);
        }
    }

    /** A read transaction and the generation its queries are about. */
    private record Reading(Transaction transaction, String generation) {

        List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
            Map<String, Object> withGeneration = new HashMap<>(parameters);
            withGeneration.put("generation", generation);
            try (Result result = transaction.execute(cypher, withGeneration)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                result.forEachRemaining(rows::add);
                return rows;
            }
        }

        /** The values of one column, each a property map. */
        List<Map<String, Object>> column(String cypher, Map<String, Object> parameters, String name) {
            return rows(cypher, parameters).stream().map(row -> properties(row.get(name))).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Entity entity(Object value) {
        return PropertyMaps.entity(properties(value));
    }

    private static List<Map<String, Object>> inImportOrder(Iterable<Map<String, Object>> items) {
        List<Map<String, Object>> sorted = new ArrayList<>();
        items.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(PropertyMaps::ordinal));
        return sorted;
    }

    /** The first line of the deepest useful message: Neo4j's messages often continue with a caret diagram. */
    static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}

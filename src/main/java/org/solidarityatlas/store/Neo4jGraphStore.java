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
    public String location() {
        return dataDirectory.toString();
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
        return read(reading -> GraphQueries.visibleGraph(reading, filter));
    }

    @Override
    public DrawnWindow drawnWindow(GraphFilter filter, int maxDrawn) {
        return read(reading -> GraphQueries.drawnWindow(reading, filter, maxDrawn));
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return read(reading -> GraphQueries.search(reading, text, limit));
    }

    @Override
    public Optional<Subgraph> neighbourhood(String entityId, int depth) {
        GraphQueries.requireDepth(depth);
        return read(reading -> GraphQueries.neighbourhood(reading, entityId, depth));
    }

    @Override
    public Optional<GraphPath> shortestPath(String fromId, String toId) {
        return read(reading -> GraphQueries.shortestPath(reading, fromId, toId));
    }

    @Override
    public Optional<EntityDetails> details(String entityId) {
        return read(reading -> GraphQueries.details(reading, entityId));
    }

    @Override
    public DatasetSummary summary() {
        return read(reading -> GraphQueries.summary(reading));
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
    private record Reading(Transaction transaction, String generation) implements CypherReading {

        @Override
        public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
            Map<String, Object> withGeneration = new HashMap<>(parameters);
            withGeneration.put("generation", generation);
            try (Result result = transaction.execute(cypher, withGeneration)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                result.forEachRemaining(rows::add);
                return rows;
            }
        }
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

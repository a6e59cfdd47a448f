package org.solidarityatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.exceptions.NotSystemDatabaseException;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.security.AuthorizationViolationException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.model.Source;

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
    private final DiskSpace diskSpace;
    private final DatabaseManagementService managementService;
    private final GraphDatabaseService database;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Neo4jGraphStore(Path dataDirectory, DatabaseManagementService managementService,
            GraphDatabaseService database) {
        this.dataDirectory = dataDirectory;
        this.diskSpace = new DiskSpace(dataDirectory);
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
        new DiskSpace(directory).requireRoomToOpen();
        DatabaseManagementService managementService;
        try {
            managementService = EmbeddedSettings.builder(directory).build();
        } catch (RuntimeException e) {
            throw openFailure(directory, e);
        }
        try {
            GraphDatabaseService database = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            GraphSchema.ensure(database);
            // Finishes what an import cut short by a crash began: its partial or superseded generation goes,
            // and so do the transaction logs it left.
            if (DatasetImport.hasStaleGenerations(database)) {
                TransactionLogs.startNewFile(database);
                DatasetImport.removeStaleGenerations(database, DatasetImport.DEFAULT_BATCH_SIZE);
                TransactionLogs.pruneOlderFiles(database);
            }
            return new Neo4jGraphStore(directory, managementService, database);
        } catch (RuntimeException e) {
            managementService.shutdown();
            throw openFailure(directory, e);
        }
    }

    /** Neo4j reports a held store lock as a FileLockException somewhere down the cause chain. */
    private static StoreException openFailure(Path directory, RuntimeException failure) {
        if (DiskSpace.isNoSpaceLeft(failure)) {
            return new DiskFullException(directory, failure);
        }
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
        diskSpace.requireRoomToImport();
        ImportProgress watchingTheDisk = (what, written, total) -> {
            diskSpace.requireRoomToImport();
            progress.batchWritten(what, written, total);
        };
        try {
            new DatasetImport(database, batchSize, watchingTheDisk).writeAndSwitch(dataset);
        } catch (RuntimeException e) {
            if (DiskSpace.isNoSpaceLeft(e)) {
                throw new DiskFullException(dataDirectory, e);
            }
            throw new StoreException("import failed, the previous dataset is kept: " + firstLine(e), e);
        }
        try {
            DatasetImport.removeStaleGenerations(database, batchSize);
        } catch (RuntimeException e) {
            throw new StoreException("the dataset is imported, but deleting the previous one failed (it will be"
                    + " retried when the store next opens): " + firstLine(e), e);
        }
    }

    /** One transaction; a failure (a full disk, an entity that is not there) leaves the stored dataset as it was. */
    @Override
    public synchronized void applyEdit(GraphEdit edit) {
        if (edit.isEmpty()) {
            return;
        }
        diskSpace.requireRoomToImport();
        try {
            new StoreEdits(database).apply(edit);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DiskSpace.isNoSpaceLeft(e)) {
                throw new DiskFullException(dataDirectory, e);
            }
            throw new StoreException("the edit could not be stored, the stored dataset is unchanged: "
                    + firstLine(e), e);
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
    public DrawnWindow drawnWindow(GraphFilter filter, int maxDrawn) {
        return read(reading -> GraphQueries.drawnWindow(reading, filter, maxDrawn));
    }

    @Override
    public DrawnWindow neighbourhood(GraphFilter filter, List<String> centre, int depth, int maxDrawn) {
        return read(reading -> GraphQueries.neighbourhood(reading, filter, centre, depth, maxDrawn));
    }

    @Override
    public Optional<Dataset> outline() {
        return read(GraphQueries::outline);
    }

    @Override
    public Optional<TimeWindow> span() {
        return read(GraphQueries::span);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return read(reading -> GraphQueries.search(reading, text, limit));
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
     * Plans the query first and refuses anything that is not read-only or that {@link ReadOnlyQueryGuard} refuses,
     * then runs it in a transaction that cannot write either and that the database stops at the time limit.
     * The text is the user's own query by design: it is only ever planned or run, read-only.
     */
    @Override
    public QueryResult readOnlyQuery(String cypher, QueryLimits limits) {
        if (cypher == null || cypher.isBlank()) {
            throw new StoreException("the query is empty");
        }
        try (Transaction transaction = readOnlyTransaction(limits)) {
            Plan plan = planOf(transaction, cypher);
            if (plan.type() != QueryExecutionType.QueryType.READ_ONLY) {
                throw new WriteQueryRefusedException(refusal(plan.type()));
            }
            Optional<String> refusal = ReadOnlyQueryGuard.refusal(plan.operators());
            if (refusal.isPresent()) {
                throw new WriteQueryRefusedException(refusal.get());
            }
            try (Result result = transaction.execute(cypher)) {
                List<String> columns = result.columns();
                List<List<Object>> rows = new ArrayList<>();
                long moreRows = 0;
                while (result.hasNext()) {
                    Map<String, Object> row = result.next();
                    if (rows.size() < limits.maxRows()) {
                        List<Object> values = new ArrayList<>(columns.size());
                        columns.forEach(column -> values.add(PlainValues.of(row.get(column))));
                        rows.add(values);
                    } else {
                        moreRows++;
                    }
                }
                return new QueryResult(columns, rows, moreRows);
            }
        } catch (AuthorizationViolationException e) {
            throw new WriteQueryRefusedException("refused: the query needs more than read access ("
                    + firstLine(e) + ")");
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw new QueryTimedOutException(limits.timeout(), e);
            }
            throw new StoreException("query failed: " + firstLine(e), e);
        }
    }

    /** What EXPLAIN tells about a query: its kind, and the names of every operator of its plan. */
    private record Plan(QueryExecutionType.QueryType type, List<String> operators) {
    }

    private static Plan planOf(Transaction transaction, String cypher) {
        try (Result plan = transaction.execute(EXPLAIN + cypher)) {
            List<String> operators = new ArrayList<>();
            addOperators(plan.getExecutionPlanDescription(), operators);
            return new Plan(plan.getQueryExecutionType().queryType(), operators);
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                // Planning counts against the time limit too; the caller reports it as a timeout.
                throw e;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotSystemDatabaseException) {
                    return new Plan(QueryExecutionType.QueryType.DBMS, List.of());
                }
            }
            throw new StoreException("query failed: " + withoutExplainPrefix(firstLine(e)), e);
        }
    }

    private static void addOperators(ExecutionPlanDescription step, List<String> operators) {
        operators.add(step.getName());
        step.getChildren().forEach(child -> addOperators(child, operators));
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Status.HasStatus withStatus
                    && (withStatus.status() == Status.Transaction.TransactionTimedOut
                    || withStatus.status() == Status.Transaction.TransactionTimedOutClientConfiguration)) {
                return true;
            }
        }
        return false;
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
    private Transaction readOnlyTransaction(QueryLimits limits) {
        return ((GraphDatabaseAPI) database).beginTransaction(KernelTransaction.Type.EXPLICIT,
                SecurityContext.AUTH_DISABLED.withMode(AccessMode.Static.READ), ClientConnectionInfo.EMBEDDED_CONNECTION,
                limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                managementService.shutdown();
            } catch (RuntimeException e) {
                if (DiskSpace.isNoSpaceLeft(e)) {
                    throw new DiskFullException(dataDirectory, e);
                }
                throw new StoreException("closing the database failed: " + firstLine(e), e);
            }
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

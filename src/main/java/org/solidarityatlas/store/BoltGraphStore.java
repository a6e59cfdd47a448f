package org.solidarityatlas.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.summary.QueryType;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.model.Subgraph;

/**
 * The graph store on a Neo4j server, reached over Bolt with the official driver: the same queries as the
 * embedded store ({@link GraphQueries}), the same schema ({@link GraphSchema}) and the same generations, written by
 * {@link BoltImport}. A read-only connection opens read sessions only and never begins a write transaction.
 *
 * <p>Nothing waits on the network without a limit: connecting gives up after {@link #CONNECT_TIMEOUT}, a read that
 * failed on a lost connection is retried for {@link #RETRY_TIME} and then reported, and the server ends any of our
 * transactions that runs longer than {@link #READ_TIMEOUT} (reads) or {@link #WRITE_TIMEOUT} (import batches).
 */
public final class BoltGraphStore implements GraphStore {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration RETRY_TIME = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    static final Duration WRITE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private static final TransactionConfig READ = TransactionConfig.builder().withTimeout(READ_TIMEOUT).build();
    private static final String EXPLAIN = "EXPLAIN ";

    private final ServerConnection server;
    private final Driver driver;
    private final AtomicBoolean closed = new AtomicBoolean();

    private BoltGraphStore(ServerConnection server, Driver driver) {
        this.server = server;
        this.driver = driver;
    }

    /**
     * Connects, logs in and checks that the database is there; throws a {@link StoreException} with one line
     * saying what is wrong (address, password, database, TLS) otherwise. Blocks for at most a few seconds.
     */
    public static BoltGraphStore open(ServerConnection server) {
        Config config = Config.builder()
                .withConnectionTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(CONNECT_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(RETRY_TIME.toMillis(), TimeUnit.MILLISECONDS)
                .withUserAgent("solidarity-atlas")
                // Failures reach the user as our one-line messages; the driver's own log would add stack traces.
                .withLogging(Logging.none())
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(server.uri(), AuthTokens.basic(server.user(), server.password()), config);
        } catch (IllegalArgumentException e) {
            throw new StoreException("not a Neo4j server address: " + server.uri() + " (" + Neo4jGraphStore.firstLine(e)
                    + "); use bolt://HOST:7687, neo4j://HOST:7687, or their +s / +ssc forms for TLS", e);
        }
        BoltGraphStore store = new BoltGraphStore(server, driver);
        try {
            driver.verifyConnectivity();
            // Reaches the database itself: an unknown one fails here rather than at the first query.
            store.read(CypherReading::generation);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw BoltFailures.describe(server, "connecting", e);
        }
    }

    public ServerConnection server() {
        return server;
    }

    @Override
    public String location() {
        return server.describe();
    }

    @Override
    public boolean isReadOnly() {
        return server.readOnly();
    }

    @Override
    public boolean isEmpty() {
        return read(reading -> reading.generation() == null);
    }

    @Override
    public void replaceDataset(Dataset dataset) {
        replaceDataset(dataset, DatasetImport.DEFAULT_BATCH_SIZE, ImportProgress.NONE);
    }

    /** All or nothing, as in the embedded store: see {@link BoltImport}. */
    synchronized void replaceDataset(Dataset dataset, int batchSize, ImportProgress progress) {
        if (server.readOnly()) {
            throw new StoreException("this connection to " + server.describe() + " is read-only, so no dataset"
                    + " can be stored; connect without --read-only (in the explorer: with --edit) to import");
        }
        DatasetImport.check(dataset);
        new BoltImport(this, batchSize, progress).run(dataset);
    }

    /** One write transaction on the server; a read-only connection refuses in one line. */
    @Override
    public synchronized void applyEdit(GraphEdit edit) {
        if (server.readOnly()) {
            throw new StoreException("this connection to " + server.describe() + " is read-only, so the edit is"
                    + " not stored; connect without --read-only (in the explorer: with --edit) to edit");
        }
        if (edit.isEmpty()) {
            return;
        }
        try {
            new BoltEdits(this).apply(edit);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw BoltFailures.describe(server, "storing the edit", e);
        }
    }

    @Override
    public Optional<Dataset> dataset() {
        return read(GraphQueries::dataset);
    }

    @Override
    public DrawnWindow drawnWindow(GraphFilter filter, int maxDrawn) {
        return read(reading -> GraphQueries.drawnWindow(reading, filter, maxDrawn));
    }

    @Override
    public DrawnWindow neighbourhood(GraphFilter filter, List<String> centre, int depth, int maxDrawn) {
        return readInOneQuery(reading -> GraphQueries.neighbourhood(reading, filter, centre, depth, maxDrawn));
    }

    @Override
    public Optional<Dataset> outline() {
        return read(GraphQueries::outline);
    }

    @Override
    public Optional<TimeWindow> span() {
        return read(GraphQueries::span);
    }

    /** A server's dataset may be far bigger than a laptop's memory: the explorer draws windows of it. */
    @Override
    public boolean drawsWindows() {
        return true;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return read(reading -> GraphQueries.search(reading, text, limit));
    }

    @Override
    public Optional<GraphPath> shortestPath(String fromId, String toId) {
        return readInOneQuery(reading -> GraphQueries.shortestPath(reading, fromId, toId));
    }

    /** One query that reads nothing, as path and neighbourhood are sent: the floor under every query over Bolt. */
    public void roundTrip() {
        readInOneQuery(reading -> reading.rows("RETURN 1 AS one", Map.of()));
    }

    @Override
    public Optional<EntityDetails> details(String entityId) {
        return read(reading -> GraphQueries.details(reading, entityId));
    }

    @Override
    public DatasetSummary summary() {
        return read(GraphQueries::summary);
    }

    /**
     * Plans the query first and refuses anything but a read, and any plan the read-only guard refuses (loading
     * CSV, the database's own commands), then runs it in a read transaction of a read session, which the server
     * itself keeps from writing, with the limits' timeout; rows past the limit are counted, not kept. The text is
     * the user's own query by design.
     */
    @Override
    public QueryResult readOnlyQuery(String cypher, QueryLimits limits) {
        if (cypher == null || cypher.isBlank()) {
            throw new StoreException("the query is empty");
        }
        TransactionConfig config = TransactionConfig.builder().withTimeout(limits.timeout()).build();
        try (Session session = session(AccessMode.READ)) {
            return session.executeRead(transaction -> {
                var summary = transaction.run(EXPLAIN + cypher).consume();
                QueryType type = summary.queryType();
                if (type != QueryType.READ_ONLY) {
                    throw new WriteQueryRefusedException(WriteQueryRefusedException.refusal(
                            type == QueryType.SCHEMA_WRITE ? "would change the schema" : "would change the data"));
                }
                List<String> operators = new ArrayList<>();
                if (summary.hasPlan()) {
                    collectOperators(summary.plan(), operators);
                }
                Optional<String> refusal = ReadOnlyQueryGuard.refusal(operators);
                if (refusal.isPresent()) {
                    throw new WriteQueryRefusedException(refusal.get());
                }
                var result = transaction.run(cypher);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                long moreRows = 0;
                while (result.hasNext()) {
                    var row = result.next();
                    if (rows.size() < limits.maxRows()) {
                        rows.add(row.values().stream().map(BoltValues::plain).toList());
                    } else {
                        moreRows++;
                    }
                }
                return new QueryResult(columns, rows, moreRows);
            }, config);
        } catch (StoreException e) {
            throw e;
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                throw new QueryTimedOutException(limits.timeout(), e);
            }
            // The query's own mistakes (syntax, unknown procedure) are the user's to fix, with positions in their text.
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Statement.")) {
                throw new StoreException("query failed: " + Neo4jGraphStore.withoutExplainPrefix(
                        Neo4jGraphStore.firstLine(e)), e);
            }
            throw BoltFailures.describe(server, "the query", e);
        } catch (RuntimeException e) {
            throw BoltFailures.describe(server, "the query", e);
        }
    }

    private static void collectOperators(org.neo4j.driver.summary.Plan plan, List<String> into) {
        into.add(plan.operatorType());
        for (org.neo4j.driver.summary.Plan child : plan.children()) {
            collectOperators(child, into);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            driver.close();
        }
    }

    Session session(AccessMode mode) {
        return driver.session(SessionConfig.builder().withDatabase(server.database()).withDefaultAccessMode(mode)
                .build());
    }

    /** Runs the work in one read transaction on the current generation; retried by the driver on a lost link. */
    private <T> T read(Function<CypherReading, T> work) {
        try (Session session = session(AccessMode.READ)) {
            return session.executeRead(transaction -> work.apply(new Reading(transaction,
                    currentGeneration(transaction))), READ);
        } catch (RuntimeException e) {
            throw BoltFailures.describe(server, "reading the dataset", e);
        }
    }

    /**
     * Runs work of a single query, one that finds the current generation itself, as one query of its own (no
     * transaction to begin and commit, no query before it for the generation): one round trip to the server. A
     * failure on a lost connection is retried for {@link #RETRY_TIME}, as the driver retries transactions.
     */
    private <T> T readInOneQuery(Function<CypherReading, T> work) {
        long giveUp = System.nanoTime() + RETRY_TIME.toNanos();
        while (true) {
            try (Session session = session(AccessMode.READ)) {
                return work.apply(new QueryReading(session));
            } catch (RuntimeException e) {
                if (!(e instanceof RetryableException) || System.nanoTime() > giveUp) {
                    throw BoltFailures.describe(server, "reading the dataset", e);
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(RETRY_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("reading the dataset from " + server.describe() + " was interrupted", e);
            }
        }
    }

    static String currentGeneration(TransactionContext transaction) {
        List<Record> rows = transaction.run(DatasetImport.CURRENT_GENERATION).list();
        return rows.isEmpty() ? null : rows.get(0).get("generation").asString(null);
    }

    /**
     * Each query its own transaction on the server. A query that takes $generation (rather than finding it
     * itself) has the generation looked up first, once.
     */
    private static final class QueryReading implements CypherReading {

        private final Session session;
        private String generation;
        private boolean generationKnown;

        QueryReading(Session session) {
            this.session = session;
        }

        @Override
        public String generation() {
            if (!generationKnown) {
                generation = session.executeRead(BoltGraphStore::currentGeneration, READ);
                generationKnown = true;
            }
            return generation;
        }

        @Override
        public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
            Map<String, Object> withGeneration = new HashMap<>(parameters);
            if (cypher.contains("$generation")) {
                withGeneration.put("generation", generation());
            }
            return session.run(cypher, withGeneration, READ).list(Record::asMap);
        }
    }

    private record Reading(TransactionContext transaction, String generation) implements CypherReading {

        @Override
        public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
            Map<String, Object> withGeneration = new HashMap<>(parameters);
            withGeneration.put("generation", generation);
            return transaction.run(cypher, withGeneration).list(Record::asMap);
        }
    }
}

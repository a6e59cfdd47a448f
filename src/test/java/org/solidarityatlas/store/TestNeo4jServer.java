package org.solidarityatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j server for tests: Neo4j's own database management service with the Bolt connector on, listening
 * on a free port of 127.0.0.1 only, with authentication on and a user created through the system database. Its
 * data lives in a temporary directory removed afterwards. Register it with {@code @RegisterExtension} on a static
 * field; tests may {@link #stop()} it and {@link #start()} it again on the same port and data.
 */
public final class TestNeo4jServer implements BeforeAllCallback, AfterAllCallback {

    public static final String USER = "atlas";
    public static final String PASSWORD = "solidarity forever";

    private final boolean readOnlyDatabase;
    private Path directory;
    private DatabaseManagementService service;
    private int port;
    private long pageCacheBytes = 64L << 20;
    private boolean refusingWrites;

    public TestNeo4jServer() {
        this(false);
    }

    /** {@code readOnlyDatabase}: the server refuses every write to the database, as to a reader. */
    public TestNeo4jServer(boolean readOnlyDatabase) {
        this.readOnlyDatabase = readOnlyDatabase;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        startInNewDirectory();
    }

    /**
     * Runs the server in a process of its own until killed, for measuring over a real connection (README, "Over
     * Bolt"): {@code java -cp ... org.solidarityatlas.store.TestNeo4jServer [PAGE_CACHE_MB [PORT]]} prints its URI;
     * the user is {@link #USER} with {@link #PASSWORD}. Without a port, a free one is chosen.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        TestNeo4jServer server = new TestNeo4jServer();
        if (args.length > 0) {
            server.pageCacheBytes = Long.parseLong(args[0]) << 20;
        }
        if (args.length > 1) {
            server.port = Integer.parseInt(args[1]);
        }
        server.startInNewDirectory();
        System.out.println(server.uri());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.afterAll(null);
            } catch (IOException e) {
                System.err.println("could not delete " + server.directory + ": " + e.getMessage());
            }
        }));
        Thread.currentThread().join();
    }

    private void startInNewDirectory() throws IOException {
        directory = Files.createTempDirectory("atlas-test-server-");
        start();
        try (Transaction transaction = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).beginTx()) {
            transaction.execute("CREATE USER " + USER + " IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", PASSWORD)).close();
            transaction.commit();
        }
        if (readOnlyDatabase) {
            // A database is created writable; only then can the server be told to refuse writes to it.
            stop();
            refusingWrites = true;
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Starts the server (again), on the port it had before if it had one. */
    public synchronized void start() {
        if (service != null) {
            return;
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Stopping mid-query ends the query soon instead of waiting for it.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, java.time.Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false);
        if (refusingWrites) {
            builder.setConfig(GraphDatabaseSettings.read_only_databases, java.util.Set.of(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        }
        service = builder.build();
        port = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    /** Stops the server; connections to it break, as when a real one goes away. */
    public synchronized void stop() {
        if (service != null) {
            service.shutdown();
            service = null;
        }
    }

    /**
     * The operators of the query's plan on the default database, as EXPLAIN gives them, outermost first. The
     * indexes are resampled first: the planner otherwise may still see the statistics from before a test's load.
     */
    public java.util.List<String> planOperators(String query, Map<String, Object> parameters) {
        java.util.List<String> operators = new java.util.ArrayList<>();
        try (Transaction transaction = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
            transaction.execute("CALL db.prepareForReplanning()").close();
        }
        try (Transaction transaction = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx();
                org.neo4j.graphdb.Result result = transaction.execute("EXPLAIN " + query, parameters)) {
            java.util.ArrayDeque<org.neo4j.graphdb.ExecutionPlanDescription> pending = new java.util.ArrayDeque<>();
            pending.add(result.getExecutionPlanDescription());
            while (!pending.isEmpty()) {
                org.neo4j.graphdb.ExecutionPlanDescription plan = pending.poll();
                operators.add(plan.getName());
                pending.addAll(plan.getChildren());
            }
        }
        return operators;
    }

    public String uri() {
        return "bolt://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The test user's connection to the default database. */
    public ServerConnection connection(boolean readOnly) {
        return new ServerConnection(uri(), USER, PASSWORD, ServerConnection.DEFAULT_DATABASE, readOnly);
    }

    /** The Bolt store on this server, connected as the test user with write access. */
    public BoltGraphStore openStore() {
        return BoltGraphStore.open(connection(false));
    }
}

package org.solidarityatlas.store;

import org.solidarityatlas.testing.Neo4jStore;
import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.configuration.GraphDatabaseSettings;

/** Queries pasted into the read-only console that try to reach beyond the dataset, or never end. */
class HostileQueryTest {

    /** Every pair of entities, and every pair of those: far too many rows to finish within a second. */
    private static final String CARTESIAN_PRODUCT = """
            MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity), (e:Entity), (f:Entity), (g:Entity), (h:Entity),
                  (i:Entity), (j:Entity), (k:Entity), (l:Entity)
            RETURN count(a.id + b.id + c.id + d.id + e.id + f.id + g.id + h.id + i.id + j.id + k.id + l.id) AS n""";

    @TempDir
    static Path directory;

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.holding(SmallDataset.dataset());

    private static Neo4jGraphStore store;

    @BeforeAll
    static void storeOfTheClass() {
        store = neo4j.store();
    }

    @Test
    void loadCsvFromAFileUrlIsRefusedInOneLine() {
        WriteQueryRefusedException refusal = assertThrows(WriteQueryRefusedException.class,
                () -> store.readOnlyQuery("LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l"));

        assertTrue(refusal.getMessage().startsWith("refused: LOAD CSV reads files and web addresses"),
                refusal.getMessage());
        assertFalse(refusal.getMessage().contains("\n"), refusal.getMessage());
    }

    @Test
    void loadCsvHiddenInASubqueryInLowerCaseIsRefusedByItsPlan() {
        WriteQueryRefusedException refusal = assertThrows(WriteQueryRefusedException.class,
                () -> store.readOnlyQuery("call { load csv from 'file:///etc/hostname' as l return l } return l"));

        assertTrue(refusal.getMessage().startsWith("refused: LOAD CSV"), refusal.getMessage());
    }

    @Test
    void loadCsvFromAWebAddressIsRefusedBeforeAnythingIsFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "leaked\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/collect.csv";

            assertThrows(WriteQueryRefusedException.class,
                    () -> store.readOnlyQuery("LOAD CSV FROM '" + url + "' AS l RETURN l"));

            assertEquals(0, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void storeConfigurationRefusesFileUrlsEvenToAQueryThatGetsPastTheCheck() throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.csv"), "password\n");
        DatabaseManagementService service = EmbeddedSettings.builder(directory.resolve("unguarded")).build();
        try {
            GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            try (Transaction transaction = database.beginTx()) {
                RuntimeException failure = assertThrows(RuntimeException.class, () -> {
                    try (Result result = transaction.execute(
                            "LOAD CSV FROM '" + secret.toUri() + "' AS l RETURN l")) {
                        result.resultAsString();
                    }
                });
                assertTrue(failure.getMessage().contains("allow_csv_import_from_file_urls"), failure.getMessage());
            }
        } finally {
            service.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "SHOW TRANSACTIONS",
            "SHOW SETTINGS"})
    void commandAboutTheDatabasesOwnWorkIsRefused(String command) {
        WriteQueryRefusedException refusal = assertThrows(WriteQueryRefusedException.class,
                () -> store.readOnlyQuery(command));

        assertTrue(refusal.getMessage().startsWith("refused: " + command.split(" ")[0] + " "),
                refusal.getMessage());
    }

    @Test
    void queryLongerThanItsTimeoutIsStoppedWithOneLine() {
        QueryTimedOutException failure = assertThrows(QueryTimedOutException.class,
                () -> store.readOnlyQuery(CARTESIAN_PRODUCT, new QueryLimits(Duration.ofMillis(500), 10)));

        assertEquals("the query ran longer than its time limit of 500 ms and was stopped", failure.getMessage());
    }

    @Test
    void rowsBeyondTheLimitAreCountedNotKept() {
        int entities = SmallDataset.entities().size();

        QueryResult result = store.readOnlyQuery("MATCH (a:Entity), (b:Entity) RETURN a.id, b.id",
                new QueryLimits(Duration.ofSeconds(60), 5));

        assertEquals(5, result.rows().size());
        assertEquals(entities * entities - 5, result.moreRows());
    }
}

package org.solidarityatlas.store;

import org.solidarityatlas.model.Entity;
import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * What goes wrong with a server, each told in one line: wrong password, unknown database, no server at the address,
 * TLS the server does not offer, the server going away between queries and during one, and an import cut off half
 * way, which keeps the previous dataset.
 */
class BoltStoreFaultsTest {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    @BeforeEach
    void serverHoldsTheSmallDataset() {
        SERVER.start();
        try (GraphStore store = SERVER.openStore()) {
            if (!store.dataset().equals(Optional.of(SmallDataset.dataset()))) {
                store.replaceDataset(SmallDataset.dataset());
            }
        }
    }

    /** The failure's message, checked to be one line that names no exception class. */
    private static String oneLineFailure(Executable action) {
        StoreException failure = assertThrows(StoreException.class, action);
        String message = failure.getMessage();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
        return message;
    }

    @Test
    void wrongPasswordIsRefusedInOneLine() {
        ServerConnection wrong = new ServerConnection(SERVER.uri(), TestNeo4jServer.USER, "not the password",
                "neo4j", false);
        String message = oneLineFailure(() -> BoltGraphStore.open(wrong));
        assertTrue(message.contains("wrong user name or password"), message);
        assertTrue(message.contains(SERVER.uri()), message);
    }

    @Test
    void unknownDatabaseIsNamed() {
        ServerConnection elsewhere = new ServerConnection(SERVER.uri(), TestNeo4jServer.USER,
                TestNeo4jServer.PASSWORD, "history", false);
        String message = oneLineFailure(() -> BoltGraphStore.open(elsewhere));
        assertTrue(message.contains("has no database \"history\""), message);
    }

    @Test
    void addressWithNoServerIsReportedAfterTheTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServerConnection nowhere = new ServerConnection("bolt://127.0.0.1:" + closedPort, TestNeo4jServer.USER,
                TestNeo4jServer.PASSWORD, "neo4j", false);
        String message = oneLineFailure(() -> BoltGraphStore.open(nowhere));
        assertTrue(message.contains("connection to the Neo4j server at bolt://127.0.0.1:" + closedPort), message);
    }

    @Test
    void malformedAddressSaysWhichSchemesWork() {
        ServerConnection typo = new ServerConnection("http://127.0.0.1:" + SERVER.port(), TestNeo4jServer.USER,
                TestNeo4jServer.PASSWORD, "neo4j", false);
        String message = oneLineFailure(() -> BoltGraphStore.open(typo));
        assertTrue(message.contains("bolt://"), message);
    }

    @Test
    void tlsTheServerDoesNotOfferIsReported() {
        ServerConnection secure = new ServerConnection("bolt+ssc://127.0.0.1:" + SERVER.port(), TestNeo4jServer.USER,
                TestNeo4jServer.PASSWORD, "neo4j", false);
        String message = oneLineFailure(() -> BoltGraphStore.open(secure));
        assertTrue(message.contains("bolt+ssc://127.0.0.1:" + SERVER.port()), message);
    }

    @Test
    void serverGoneBetweenQueriesIsReportedAndTheStoreWorksWhenItIsBack() {
        try (GraphStore store = SERVER.openStore()) {
            assertEquals("fat", store.search("autentico", 1).get(0).entity().id());
            SERVER.stop();
            String message = oneLineFailure(() -> store.search("autentico", 1));
            assertTrue(message.contains("connection to the Neo4j server"), message);
            SERVER.start();
            assertEquals("fat", store.search("autentico", 1).get(0).entity().id());
        }
    }

    @Test
    void pathAskedWhileTheServerIsGoneIsReportedAndFoundWhenItIsBack() {
        // A path is sent as one query of its own, outside the driver's retried transactions.
        try (GraphStore store = SERVER.openStore()) {
            SERVER.stop();
            String message = oneLineFailure(() -> store.shortestPath("bertha", "echlin"));
            assertTrue(message.contains("connection to the Neo4j server"), message);
            SERVER.start();
            assertEquals(List.of("bertha", "fat", "alliance", "echlin-campaign", "echlin"),
                    store.shortestPath("bertha", "echlin").orElseThrow().entities().stream().map(Entity::id).toList());
        }
    }

    @Test
    void serverStoppedDuringAQueryEndsItWithOneLine() throws Exception {
        try (GraphStore store = SERVER.openStore()) {
            CompletableFuture<QueryResult> running = CompletableFuture.supplyAsync(() -> store.readOnlyQuery(
                    "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)"));
            // Long enough for the query to be under way on the server.
            TimeUnit.MILLISECONDS.sleep(1500);
            SERVER.stop();
            Exception failure = assertThrows(Exception.class, () -> running.get(60, TimeUnit.SECONDS));
            assertTrue(failure.getCause() instanceof StoreException, String.valueOf(failure.getCause()));
            assertFalse(failure.getCause().getMessage().contains("\n"));
        }
    }

    @Test
    void importCutOffHalfWayKeepsThePreviousDataset() {
        try (BoltGraphStore store = SERVER.openStore()) {
            String message = oneLineFailure(() -> store.replaceDataset(SmallDataset.other(), 1,
                    (what, written, total) -> {
                        if (what.equals("entities") && written == 1) {
                            SERVER.stop();
                        }
                    }));
            assertTrue(message.startsWith("import failed, the previous dataset is kept"), message);
        }
        SERVER.start();
        try (GraphStore store = SERVER.openStore()) {
            assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
        }
    }

    @Test
    void nextImportRemovesWhatACutOffImportLeft() {
        try (BoltGraphStore store = SERVER.openStore()) {
            assertThrows(StoreException.class, () -> store.replaceDataset(SmallDataset.other(), 1,
                    (what, written, total) -> {
                        if (what.equals("entities")) {
                            throw new IllegalStateException("cut off");
                        }
                    }));
            assertTrue(generations(store).size() > 1, "the cut-off import left its nodes");
            store.replaceDataset(SmallDataset.dataset());
            assertEquals(1, generations(store).size());
            assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
        }
    }

    private static List<List<Object>> generations(GraphStore store) {
        return store.readOnlyQuery("MATCH (n) WHERE n.generation IS NOT NULL RETURN DISTINCT n.generation").rows();
    }

    @Test
    void readOnlyConnectionRefusesToImportBeforeSendingAnything() {
        try (GraphStore store = BoltGraphStore.open(SERVER.connection(true))) {
            String message = oneLineFailure(() -> store.replaceDataset(SmallDataset.other()));
            assertTrue(message.contains("read-only"), message);
            assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
        }
    }

    @Test
    void queryThatWouldWriteIsRefusedOverBolt() {
        try (GraphStore store = SERVER.openStore()) {
            StoreException refused = assertThrows(WriteQueryRefusedException.class,
                    () -> store.readOnlyQuery("MATCH (n:Entity) SET n.name = 'x' RETURN n"));
            assertTrue(refused.getMessage().startsWith("refused"), refused.getMessage());
            assertEquals(Optional.of(SmallDataset.dataset()), store.dataset());
        }
    }
}

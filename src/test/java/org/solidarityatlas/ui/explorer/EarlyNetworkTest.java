package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.ui.app.ExplorerComposition;

import org.solidarityatlas.testing.Neo4jStore;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.testing.RecordingDialogService;

/**
 * The network shows before the database is open (from the snapshot, the file or, on a first start, the bundled
 * dataset), and what is asked for meanwhile runs once it is open. Work is queued and run by the test, as the
 * one background thread would run it.
 */
class EarlyNetworkTest {

    private static final String SMALL_TITLE = "Small atlas for explorer tests";
    private static final String OTHER_TITLE = "Another small atlas";

    private static final PlaybackClock STILL = new PlaybackClock() {
        @Override
        public void start(Duration period, Runnable tick) {
        }

        @Override
        public void stop() {
        }
    };

    /** One store for all tests (opening Neo4j takes seconds); each test sets what it holds. */
    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.empty();
    private static GraphStore store;

    @TempDir
    Path dataDirectory;

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ExplorerViewModel model = ExplorerComposition.explorerModel(executor, STILL, dialogs);

    @BeforeAll
    static void storeOfTheClass() {
        store = neo4j.store();
    }

    @BeforeEach
    void storeHoldsTheSmallAtlas() throws Exception {
        store.replaceDataset(read("ui/small-atlas.json"));
    }

    @Test
    void networkShowsFromTheSnapshotBeforeTheStoreOpens() throws Exception {
        Files.copy(resource("ui/small-atlas.json"), dataDirectory.resolve(DatasetSnapshot.FILE_NAME));
        model.start(() -> store, Optional.empty(), DatasetSnapshot.in(dataDirectory), false);

        executor.runNext();

        assertEquals(SMALL_TITLE, model.titleProperty().get());
        assertFalse(model.busyProperty().get());
        assertFalse(model.storeReadyProperty().get());
    }

    @Test
    void previewThatMatchesTheStoreIsKeptOnceTheStoreIsOpen() throws Exception {
        Files.copy(resource("ui/small-atlas.json"), dataDirectory.resolve(DatasetSnapshot.FILE_NAME));
        model.start(() -> store, Optional.empty(), DatasetSnapshot.in(dataDirectory), false);
        executor.runNext();
        LoadedGraph preview = model.graph().orElseThrow();

        executor.runAll();

        assertTrue(model.storeReadyProperty().get());
        assertSame(preview, model.graph().orElseThrow());
        assertEquals(List.of(), dialogs.calls());
    }

    @Test
    void storeHoldingAnotherDatasetReplacesAStaleSnapshot() throws Exception {
        Files.copy(resource("ui/other-atlas.json"), dataDirectory.resolve(DatasetSnapshot.FILE_NAME));
        model.start(() -> store, Optional.empty(), DatasetSnapshot.in(dataDirectory), false);
        executor.runNext();
        assertEquals(OTHER_TITLE, model.titleProperty().get());

        executor.runAll();

        assertEquals(SMALL_TITLE, model.titleProperty().get());
        assertEquals(SMALL_TITLE, new DatasetReader().read(dataDirectory.resolve(DatasetSnapshot.FILE_NAME))
                .dataset().orElseThrow().title());
    }

    @Test
    void searchAskedWhileTheStoreOpensIsAnsweredOnceItIsOpen() throws Exception {
        Files.copy(resource("ui/small-atlas.json"), dataDirectory.resolve(DatasetSnapshot.FILE_NAME));
        model.start(() -> store, Optional.empty(), DatasetSnapshot.in(dataDirectory), false);
        executor.runNext();

        model.selection().suggest("autentico");
        executor.runAll();

        assertEquals("fat", model.selection().suggestions().get(0).entity().id());
    }

    @Test
    void fileOpenedWhileTheStoreOpensIsStoredOnceItIsOpen() throws Exception {
        Files.copy(resource("ui/small-atlas.json"), dataDirectory.resolve(DatasetSnapshot.FILE_NAME));
        model.start(() -> store, Optional.empty(), DatasetSnapshot.in(dataDirectory), false);
        executor.runNext();

        model.open(resource("ui/other-atlas.json"));
        executor.runAll();

        assertEquals(OTHER_TITLE, model.titleProperty().get());
        assertEquals(OTHER_TITLE, store.dataset().orElseThrow().title());
        assertEquals(List.of(), dialogs.calls());
    }

    @Test
    void firstStartShowsTheBundledDatasetBeforeTheStoreOpens() throws Exception {
        String bundledTitle = read("seeds/ue-fat-alliance.json").title();
        model.start(() -> store, Optional.empty(), DatasetSnapshot.in(dataDirectory), true);

        executor.runNext();

        assertEquals(bundledTitle, model.titleProperty().get());
        assertFalse(model.storeReadyProperty().get());
    }

    @Test
    void withoutSnapshotOnALaterStartTheNetworkWaitsForTheStore() {
        model.start(() -> store, Optional.empty(), DatasetSnapshot.in(dataDirectory), false);

        executor.runNext();

        assertTrue(model.graph().isEmpty());
        assertTrue(model.busyProperty().get());
        executor.runAll();
        assertEquals(SMALL_TITLE, model.titleProperty().get());
        assertTrue(Files.exists(dataDirectory.resolve(DatasetSnapshot.FILE_NAME)), "no snapshot kept");
    }

    private static Dataset read(String name) throws URISyntaxException {
        return new DatasetReader().read(resource(name)).dataset().orElseThrow();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EarlyNetworkTest.class.getClassLoader().getResource(name).toURI());
    }
}

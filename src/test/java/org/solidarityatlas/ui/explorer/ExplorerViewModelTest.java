package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.ui.tasks.SynchronousTaskExecutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.export.DatasetExport;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.DatasetWriter;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.store.Neo4jGraphStore;

/**
 * The explorer's view models over a real store in a temporary directory, with database work run in place:
 * opening files, search, paths and focus.
 */
class ExplorerViewModelTest {

    /** Playback is not under test here; this clock never ticks. */
    private static final PlaybackClock STILL = new PlaybackClock() {
        @Override
        public void start(Duration period, Runnable tick) {
        }

        @Override
        public void stop() {
        }
    };

    @TempDir
    static Path dataDirectory;

    private static ExplorerViewModel model;
    private static final List<ExplorerViewModel.RejectedFile> rejected = new ArrayList<>();
    private static final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        model = new ExplorerViewModel(new SynchronousTaskExecutor(), STILL);
        model.setOnRejected(rejected::add);
        model.setOnError(errors::add);
        model.setOnStartFailed(errors::add);
        model.start(() -> Neo4jGraphStore.open(dataDirectory), Optional.of(resource("ui/small-atlas.json")));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @BeforeEach
    void startOver() throws Exception {
        if (!model.titleProperty().get().equals("Small atlas for explorer tests")) {
            model.open(resource("ui/small-atlas.json"));
        }
        model.filters().load(model.graph().orElseThrow());
        model.selection().clear();
        rejected.clear();
        errors.clear();
    }

    @Test
    void startingOnAFileLoadsIt() {
        assertEquals(10, model.graph().orElseThrow().entities().size());
        assertEquals("10 of 10 entities, 9 of 9 relationships, 1936–2019", model.filters().statusLine());
    }

    @Test
    void malformedFileIsRejectedWithLineAndColumnAndChangesNothing() throws Exception {
        model.open(resource("ui/malformed.json"));

        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).lines().stream().anyMatch(line -> line.startsWith("5:")), rejected.toString());
        assertEquals(10, model.graph().orElseThrow().entities().size());
    }

    @Test
    void validFileReplacesTheDataset() throws Exception {
        model.open(resource("ui/other-atlas.json"));

        assertEquals("Another small atlas", model.titleProperty().get());
        assertEquals(2, model.graph().orElseThrow().entities().size());
        assertEquals("2 of 2 entities, 1 of 1 relationships, 2001–2003", model.filters().statusLine());
    }

    @Test
    void searchIgnoresAccents() {
        model.selection().suggest("autentico");

        assertEquals("fat", model.selection().suggestions().get(0).entity().id());
    }

    @Test
    void shortestPathRunsThroughTheStore() {
        model.selection().selectEntity("ue");
        model.selection().startPathFromSelection();

        model.selection().selectEntity("owner");

        assertEquals(List.of("ue", "fat", "drive", "owner"),
                model.selection().path().orElseThrow().entities().stream().map(Entity::id).toList());
    }

    @Test
    void unconnectedEntitiesHaveNoPathAndSaySo() {
        model.selection().selectEntity("ue");
        model.selection().startPathFromSelection();

        model.selection().selectEntity("lonely");

        assertTrue(model.selection().path().isEmpty());
        assertEquals("No connection between UE and Unconnected Foundation", model.selection().messageProperty().get());
    }

    @Test
    void focusToDepthTwoShowsNeighboursOfNeighbours() {
        model.selection().selectEntity("soa");
        model.selection().focusDepthProperty().set(2);

        model.selection().focusOnSelection();

        assertEquals(Set.of("soa", "ue", "fat", "complaint", "ana", "jose", "drive", "election"),
                model.filters().visible().entityIds());
    }

    @Test
    void exportedJsonReadsBackAsTheSameDataset(@TempDir Path out) {
        Path file = out.resolve("atlas.json");

        model.exportDataset(file, new DatasetWriter()::write, () -> { });

        var read = new DatasetReader().read(file);
        assertTrue(read.isValid(), read.problems().toString());
        assertEquals(model.graph().orElseThrow().dataset().entities(), read.dataset().orElseThrow().entities());
    }

    @Test
    void exportFormatFollowsTheFileExtension() {
        assertEquals(Optional.of(DatasetExport.GRAPHML), DatasetExport.forFile(Path.of("atlas.GraphML")));
        assertEquals(Optional.of(DatasetExport.GEXF), DatasetExport.forFile(Path.of("atlas.gexf")));
        assertTrue(DatasetExport.forFile(Path.of("atlas.txt")).isEmpty());
    }

    @Test
    void graphMlExportNamesEveryEntity(@TempDir Path out) throws Exception {
        Path file = out.resolve("atlas.graphml");

        model.exportDataset(file, DatasetExport.GRAPHML::write, () -> { });

        String xml = Files.readString(file);
        for (Entity e : model.graph().orElseThrow().entities()) {
            assertTrue(xml.contains("\"" + e.id() + "\""), e.id());
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ExplorerViewModelTest.class.getClassLoader().getResource(name).toURI());
    }
}

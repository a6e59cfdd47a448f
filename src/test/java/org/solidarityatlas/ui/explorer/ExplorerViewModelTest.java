package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.ui.app.ExplorerComposition;

import org.solidarityatlas.ui.tasks.SynchronousTaskExecutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.TestWorkbook.row;

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
import org.solidarityatlas.format.TestWorkbook;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.testing.FakeGraphStore;
import org.solidarityatlas.testing.RecordingDialogService;

/**
 * The explorer's view models over an in-memory store, with background work run in place and dialogs recorded:
 * opening files, search, paths, focus and the Open and Export flows, without a window or Neo4j.
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

    private static final RecordingDialogService dialogs = new RecordingDialogService();
    private static final FakeGraphStore store = new FakeGraphStore();

    @TempDir
    Path workbooks;

    private static ExplorerViewModel model;

    @BeforeAll
    static void start() throws Exception {
        model = ExplorerComposition.explorerModel(new SynchronousTaskExecutor(), STILL, dialogs);
        model.start(() -> store, Optional.of(resource("ui/small-atlas.json")));
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
        dialogs.clear();
    }

    @Test
    void startingOnAFileLoadsIt() {
        assertEquals(10, model.graph().orElseThrow().entities().size());
        assertEquals("10 of 10 entities, 9 of 9 relationships, 1936–2019", model.filters().statusLine());
    }

    @Test
    void malformedFileIsRejectedWithLineAndColumnAndChangesNothing() throws Exception {
        model.open(resource("ui/malformed.json"));

        List<String> shown = dialogs.texts("showProblems");
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).startsWith("Dataset not opened | malformed.json has "), shown.get(0));
        assertTrue(shown.get(0).contains("; nothing was changed. | line 5, column "), shown.get(0));
        assertEquals(10, model.graph().orElseThrow().entities().size());
    }

    @Test
    void workbookOpensLikeAJsonFile() throws Exception {
        Path workbook = new TestWorkbook()
                .sheet("Entities", row("name", "type", "start"), row("UE", "Union", 1936), row("FAT", "union", 1960))
                .sheet("Relationships", row("from", "to", "type"), row("UE", "FAT", "partner of"))
                .writeTo(workbooks.resolve("alliance.xlsx"));

        model.open(workbook);

        assertEquals(List.of(), dialogs.texts("showProblems"));
        assertEquals(2, model.graph().orElseThrow().entities().size());
        assertEquals("2 of 2 entities, 1 of 1 relationships, 1936–1960", model.filters().statusLine());
    }

    @Test
    void brokenWorkbookIsRejectedWithItsCellsAndChangesNothing() throws Exception {
        Path workbook = new TestWorkbook()
                .sheet("Entities", row("name", "type"), row("UE", "unoin"))
                .sheet("Relationships", row("from", "to", "type"))
                .writeTo(workbooks.resolve("broken.xlsx"));

        model.open(workbook);

        List<String> shown = dialogs.texts("showProblems");
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).contains("nothing was changed. | Entities!B2: unknown entity type 'unoin'"),
                shown.get(0));
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

        assertEquals(List.of(), dialogs.texts("notifyError"));
        String xml = Files.readString(file);
        for (Entity e : model.graph().orElseThrow().entities()) {
            assertTrue(xml.contains("\"" + e.id() + "\""), e.id());
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ExplorerViewModelTest.class.getClassLoader().getResource(name).toURI());
    }
}

package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.ui.app.ExplorerComposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.store.DiskFullException;
import org.solidarityatlas.store.StoreException;
import org.solidarityatlas.testing.FakeGraphStore;
import org.solidarityatlas.testing.HandClock;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.Resources;
import org.solidarityatlas.ui.dialogs.DialogService.FileType;

/** The explorer's Open, Export and start flows, as the user meets them in dialogs, without a window. */
class ExplorerDialogFlowsTest {

    private static final byte[] PICTURE = "a picture, as a test stands it in".getBytes(StandardCharsets.UTF_8);

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final FakeGraphStore store = new FakeGraphStore();
    private final ExplorerViewModel model = ExplorerComposition.explorerModel(executor, new HandClock(), dialogs);
    private int picturesTaken;

    @TempDir
    Path out;

    @BeforeEach
    void startOnTheSmallAtlas() {
        model.start(() -> store, Optional.of(Resources.path("ui/small-atlas.json")));
        executor.runAll();
        dialogs.clear();
    }

    /** A picture of the view that writes known bytes, counting how often it was taken. */
    private ViewPicture.Taken takePicture() {
        picturesTaken++;
        return file -> Files.write(file, PICTURE);
    }

    @Test
    void openAsksForADatasetFileAndOpensTheOneChosen() {
        dialogs.answerFileToOpen(Resources.path("ui/other-atlas.json"));

        model.chooseAndOpen();
        executor.runAll();

        assertEquals(List.of(List.of(new FileType("Solidarity Atlas dataset", "json"),
                new FileType("Excel workbook", "xlsx"),
                new FileType("CSV files of one dataset (entities, relationships, sources)", "csv"))),
                dialogs.offeredTypes());
        assertEquals("Another small atlas", model.titleProperty().get());
        assertEquals(Optional.of(Resources.path("ui/other-atlas.json")), model.shownFileProperty().get());
    }

    @Test
    void openCancelledInTheChooserChangesNothing() {
        model.chooseAndOpen();

        assertEquals(0, executor.pending());
        assertEquals("Small atlas for explorer tests", model.titleProperty().get());
    }

    @Test
    void rejectedFileIsListedAndKeepsTheFileShownBefore() {
        model.open(Resources.path("ui/malformed.json"));
        executor.runAll();

        assertEquals(1, dialogs.texts("showProblems").size());
        assertEquals(Optional.of(Resources.path("ui/small-atlas.json")), model.shownFileProperty().get());
    }

    @Test
    void aNewerOpenSupersedesOneStillPending() {
        model.open(Resources.path("ui/other-atlas.json"));
        model.open(Resources.path("ui/small-atlas.json"));
        executor.runAll();

        assertEquals("Small atlas for explorer tests", model.titleProperty().get());
        assertEquals(1, store.replacements() - 1, "the first open never ran: only the second replaced the data");
    }

    @Test
    void exportOffersThePictureAndEachDatasetFormat() {
        model.chooseAndExport(this::takePicture);

        assertEquals(List.of("png", "json", "graphml", "gexf", "xlsx"),
                dialogs.offeredTypes().get(0).stream().map(FileType::extension).toList());
        assertEquals(0, picturesTaken, "cancelled in the chooser: no picture taken");
    }

    @Test
    void exportToPngTakesThePictureNowAndWritesItInTheBackground() throws IOException {
        Path png = out.resolve("view.png");
        dialogs.answerFileToSave(png);

        model.chooseAndExport(this::takePicture);
        assertEquals(1, picturesTaken);
        assertFalse(Files.exists(png), "nothing is written on the JavaFX thread");
        executor.runAll();

        assertArrayEquals(PICTURE, Files.readAllBytes(png));
        assertEquals(List.of("Saved the view to view.png"), dialogs.texts("notifyDone"));
    }

    @Test
    void exportToGraphMlWritesTheDatasetAndSaysSo() throws IOException {
        Path graphml = out.resolve("atlas.graphml");
        dialogs.answerFileToSave(graphml);

        model.chooseAndExport(this::takePicture);
        executor.runAll();

        assertTrue(Files.readString(graphml).contains("\"lonely\""));
        assertEquals(0, picturesTaken);
        assertEquals(List.of("Exported the dataset to atlas.graphml"), dialogs.texts("notifyDone"));
    }

    @Test
    void exportToAnUnknownExtensionSaysWhichOnesWork() {
        model.export(out.resolve("atlas.txt"), this::takePicture);

        assertEquals(List.of("Cannot export to atlas.txt: use .png, .json, .graphml, .gexf, .xlsx"),
                dialogs.texts("notifyError"));
        assertEquals(0, executor.pending());
    }

    @Test
    void failedPictureWriteSaysWhyInOneLine() {
        Path png = out.resolve("missing-folder").resolve("view.png");

        model.export(png, () -> file -> {
            throw new IOException("the disk is full");
        });
        executor.runAll();

        assertEquals(List.of("Could not save view.png: the disk is full"), dialogs.texts("notifyError"));
        assertFalse(Files.exists(png));
    }

    @Test
    void openOnAFullDiskSaysSoInOneLineAndKeepsTheDatasetShown() {
        LoadedGraph shown = model.graph().orElseThrow();
        Path dataDirectory = Path.of("/home/ana/.solidarity-atlas/data");
        store.failReplacingWith(new DiskFullException(dataDirectory, new IOException("No space left on device")));
        dialogs.answerFileToOpen(Resources.path("ui/other-atlas.json"));

        model.chooseAndOpen();
        executor.runAll();

        assertEquals(List.of("the disk holding /home/ana/.solidarity-atlas/data is full; nothing was changed"),
                dialogs.texts("notifyError"));
        assertEquals(List.of("chooseFilesToOpen", "notifyError"),
                dialogs.calls().stream().map(RecordingDialogService.Call::dialog).toList());
        assertSame(shown, model.graph().orElseThrow());
        assertEquals("Small atlas for explorer tests", model.titleProperty().get());
        assertEquals(Optional.of(Resources.path("ui/small-atlas.json")), model.shownFileProperty().get());
        assertEquals(Optional.of(shown.dataset()), store.dataset());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void fileGivenAtStartOnAFullDiskSaysSoInOneLineAndShowsTheStoredDataset() {
        FakeGraphStore holdingAnother = new FakeGraphStore(
                new DatasetReader().read(Resources.path("ui/other-atlas.json")).dataset().orElseThrow())
                .failReplacingWith(new DiskFullException(Path.of("/srv/atlas"), null));
        ExplorerViewModel starting = ExplorerComposition.explorerModel(executor, new HandClock(), dialogs);

        starting.start(() -> holdingAnother, Optional.of(Resources.path("ui/small-atlas.json")));
        executor.runAll();

        assertEquals(List.of("the disk holding /srv/atlas is full; nothing was changed"),
                dialogs.texts("notifyError"));
        assertEquals(List.of(), dialogs.texts("showError"));
        assertEquals("Another small atlas", starting.titleProperty().get());
        assertEquals(Optional.empty(), starting.shownFileProperty().get(), "Save must not write it over the file");
        assertTrue(starting.storeReadyProperty().get());
        assertEquals("", starting.startFailureProperty().get());
    }

    @Test
    void storeThatCannotOpenShowsOneErrorAndTheReason() {
        ExplorerViewModel failing = ExplorerComposition.explorerModel(executor, new HandClock(), dialogs);

        failing.start(() -> {
            throw new StoreException("the data directory /x is in use by another Solidarity Atlas window");
        }, Optional.empty());
        executor.runAll();

        assertEquals("the data directory /x is in use by another Solidarity Atlas window",
                failing.startFailureProperty().get());
        assertEquals(List.of("The dataset could not be loaded | "
                + "the data directory /x is in use by another Solidarity Atlas window"), dialogs.texts("showError"));
        assertFalse(failing.busyProperty().get());
    }

    @Test
    void aLoadStillOpeningTheStoreWhenTheWindowClosesIsDroppedAndClosesItsStore() {
        FakeGraphStore late = new FakeGraphStore();
        ExplorerViewModel closing = ExplorerComposition.explorerModel(executor, new HandClock(), dialogs);
        closing.start(() -> late, Optional.of(Resources.path("ui/small-atlas.json")));

        closing.close();

        // The file's preview may show meanwhile (the network shows before the database opens); the late store
        // itself is closed and nothing is said.
        assertTrue(late.isClosed());
        assertEquals(List.of(), dialogs.calls());
    }
}

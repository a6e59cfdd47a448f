package org.solidarityatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.WorkbookWriter;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.Resources;
import org.solidarityatlas.ui.dialogs.DialogService.SaveChoice;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.testfx.api.FxRobot;

/** The unsaved mark in the title, Save (Ctrl+S) and reload, a workbook saved back, New, and the question. */
class SaveEditingTest extends FxRobot {

    private static final RecordingDialogService dialogs = new RecordingDialogService();

    @RegisterExtension
    static final OpenExplorer explorer = OpenExplorer.onCopyOf(Resources.path("ui/editing/harbour-atlas.json"))
            .withDialogs(dialogs);

    private static ExplorerWindow window;
    private static ExplorerViewModel model;
    private static Stage stage;

    @TempDir
    Path folder;

    @BeforeAll
    static void findWindow() {
        window = explorer.window();
        model = explorer.model();
        stage = (Stage) window.scene().getWindow();
    }

    /** Each test starts from the file as it is on disk, with nothing unsaved. */
    @BeforeEach
    void openTheFileAfresh() throws java.io.IOException {
        Files.copy(Resources.path("ui/editing/harbour-atlas.json"), explorer.file(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        openFresh(explorer.file());
    }

    private static void openFresh(Path file) {
        Dataset before = model.graph().map(g -> g.dataset()).orElse(null);
        Fx.run(() -> model.open(file));
        Fx.waitUntil(() -> model.graph().isPresent() && model.graph().get().dataset() != before
                && !model.busyProperty().get());
        dialogs.clear();
    }

    private void addEntityWithN(String name) {
        dialogs.answerText(name);
        Fx.run(() -> window.network().node().requestFocus());
        type(KeyCode.N);
        Fx.waitUntil(() -> model.graph().orElseThrow().entities().stream().anyMatch(e -> e.name().equals(name)));
    }

    private static String title() {
        return Fx.call(stage::getTitle);
    }

    @Test
    void anEditMarksTheTitleAndCtrlSSavesTheFileThatReopensWithTheEdit() throws Exception {
        assertEquals("Harbour towns, made up for editing tests — Solidarity Atlas", title());
        addEntityWithN("Cannery Workers Guild");
        assertEquals("• Harbour towns, made up for editing tests — Solidarity Atlas", title());

        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> !stage.getTitle().startsWith("• "));

        Dataset saved = new DatasetReader().read(explorer.file()).dataset().orElseThrow();
        assertEquals(List.of("weavers", "dockers", "council", "strike", "mara", "cannery-workers-guild"),
                saved.entities().stream().map(Entity::id).toList());
        assertEquals(EntityType.ORGANIZATION, saved.entities().get(5).type());
        assertEquals(4, saved.relationships().size());
        assertEquals(List.of(), dialogs.texts("chooseFileToSave"));

        openFresh(explorer.file());
        assertEquals("Cannery Workers Guild",
                model.graph().orElseThrow().entity("cannery-workers-guild").orElseThrow().name());
        assertEquals("Harbour towns, made up for editing tests — Solidarity Atlas", title());
    }

    @Test
    void aDatasetOpenedFromAWorkbookIsSavedBackAsAWorkbook() throws Exception {
        Path workbook = folder.resolve("harbour.xlsx");
        new WorkbookWriter().write(new DatasetReader().read(Resources.path("ui/editing/harbour-atlas.json"))
                .dataset().orElseThrow(), workbook);
        openFresh(workbook);
        addEntityWithN("Net Menders");

        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> !stage.getTitle().startsWith("• "));

        Dataset saved = DatasetFiles.read(List.of(workbook)).dataset().orElseThrow();
        assertEquals("Net Menders", saved.entities().get(5).name());
        assertEquals(5 + 1, saved.entities().size());
    }

    @Test
    void openingAnotherDatasetWithUnsavedChangesAsksAndCancelKeepsEverything() {
        addEntityWithN("Rope Makers");
        dialogs.answerSaveChoice(SaveChoice.CANCEL);
        clickOn("#open");
        assertEquals(List.of("Save the changes to Harbour towns, made up for editing tests? | The dataset has changes"
                + " that are not saved. They are lost if you don't save them."), dialogs.texts("askToSave"));
        assertEquals(List.of(), dialogs.texts("chooseFilesToOpen"));
        assertTrue(title().startsWith("• "));

        dialogs.answerSaveChoice(SaveChoice.DONT_SAVE);
        clickOn("#open");
        assertEquals(List.of("Open dataset"), dialogs.texts("chooseFilesToOpen"));
    }

    @Test
    void saveInTheQuestionSavesFirstThenGoesOn() throws Exception {
        addEntityWithN("Sail Lofts");
        dialogs.answerSaveChoice(SaveChoice.SAVE);
        clickOn("#open");
        Fx.waitUntil(() -> dialogs.texts("chooseFilesToOpen").size() == 1);
        assertTrue(Files.readString(explorer.file()).contains("\"Sail Lofts\""));
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksAndCancelKeepsItOpen() {
        addEntityWithN("Tar Boilers");
        dialogs.answerSaveChoice(SaveChoice.CANCEL);
        Fx.run(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1, dialogs.texts("askToSave").size());
        assertTrue(Fx.call(stage::isShowing));
    }

    @Test
    void ctrlNStartsAnEmptyDatasetWithTheTitleAskedForThatSaveAsksWhereToWrite() throws Exception {
        dialogs.answerText("Our own history");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Fx.waitUntil(() -> model.graph().orElseThrow().dataset().title().equals("Our own history"));
        assertEquals(0, model.graph().orElseThrow().entities().size());
        assertEquals("Our own history — Solidarity Atlas", title());

        addEntityWithN("First Union");
        Path target = folder.resolve("ours.json");
        dialogs.answerFileToSave(target);
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> Files.exists(target) && !stage.getTitle().startsWith("• "));
        Dataset saved = new DatasetReader().read(target).dataset().orElseThrow();
        assertEquals("Our own history", saved.title());
        assertEquals(List.of("first-union"), saved.entities().stream().map(Entity::id).toList());
    }
}

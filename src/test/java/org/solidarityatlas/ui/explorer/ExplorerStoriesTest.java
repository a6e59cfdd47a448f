package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.solidarityatlas.ui.network.NetworkViewProbe;
import org.solidarityatlas.ui.presentation.ChangedItem;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The stories and compare tabs and the Story menu, docked in the explorer on a real store and file. */
class ExplorerStoriesTest extends FxRobot {

    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path work;
    private static Path file;
    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    @BeforeAll
    static void openWindow() throws Exception {
        file = work.resolve("river-towns.json");
        Files.copy(ExplorerWindowTest.resource("ui/story/river-towns.json"), file);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            model = new ExplorerViewModel(new BackgroundTaskExecutor(), new TimelineClock());
            window = new ExplorerWindow(stage, model, url -> { });
            // The primary stage is shared with other test classes, which may have resized it.
            stage.setFullScreen(false);
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(720);
            window.show(() -> Neo4jGraphStore.open(dataDirectory), Optional.of(file));
        });
        ExplorerWindowTest.waitUntil(() -> model.graph().isPresent() && !model.busyProperty().get()
                && window.network().isLayoutSettled());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
    }

    @Test
    void addStepFromTheViewCapturesTheExplorersYearsAndSelectionAndSavesToTheOpenedFile() throws Exception {
        interact(() -> {
            model.filters().setWindow(1993, 1996);
            model.selection().selectEntity("weavers");
        });
        showTab("Stories");
        ListView<StoryStep> steps = lookup("#stepList").queryListView();
        interact(() -> steps.getSelectionModel().select(0));
        clickOn("#addStep");
        StoryStep added = steps.getItems().get(1);
        assertEquals(PartialDate.ofYear(1993), added.from());
        assertEquals(PartialDate.ofYear(1996), added.to());
        assertEquals(List.of("weavers"), added.focus());
        interact(() -> {
            try {
                ExplorerWindow.saveSnapshot(window.scene(),
                        Path.of(System.getProperty("stories.screenshot", "target/explorer-stories.png")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        clickOn("#saveStories");
        var saved = new DatasetReader().read(file).dataset().orElseThrow();
        assertEquals(4, saved.stories().get(0).steps().size());
        interact(() -> model.filters().setWindow(1975, 2005));
    }

    @Test
    void compareTabListsWhatJoinedAndLeftAndMarksThemOnTheNetwork() throws Exception {
        showTab("Compare");
        Spinner<Integer> from = lookup("#compareFrom").query();
        Spinner<Integer> to = lookup("#compareTo").query();
        interact(() -> {
            from.getValueFactory().setValue(1993);
            to.getValueFactory().setValue(2002);
        });
        clickOn("#compare");
        ListView<ChangedItem> joined = lookup("#joinedList").queryListView();
        String summary = lookup("#compareSummary").queryAs(javafx.scene.control.Label.class).getText();
        assertEquals("2 joined and 4 left between 1993 and 2002", summary);
        assertEquals(List.of("dockers", "dockers-in-alliance"), joined.getItems().stream().map(ChangedItem::id).toList());
        assertTrue(NetworkViewProbe.entityClasses(window.network(), "dockers").contains("joined"));
        assertTrue(NetworkViewProbe.entityClasses(window.network(), "millers").contains("ended"));
    }

    private void showTab(String title) {
        javafx.scene.control.TabPane tabs = lookup("#storyTools").query();
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    @Test
    void f5PresentsTheStoryAndEscapeLeavesIt() throws Exception {
        clickOn(window.network().node());
        type(KeyCode.F5);
        ExplorerWindowTest.waitUntil(() -> Window.getWindows().size() > 1);
        type(KeyCode.ESCAPE);
        ExplorerWindowTest.waitUntil(() -> Window.getWindows().size() == 1);
        assertEquals(1, Window.getWindows().size());
    }
}

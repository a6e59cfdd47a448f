package org.solidarityatlas.ui.stories;

import org.solidarityatlas.ui.app.ExplorerComposition;

import org.solidarityatlas.graph.LoadedGraph;

import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoreFixtures;
import org.solidarityatlas.ui.presentation.ComparePanel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.testing.Neo4jStore;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.solidarityatlas.ui.slides.BackgroundStoryExports;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.presentation.ChangeSet;
import org.solidarityatlas.ui.presentation.ChangedItem;
import org.solidarityatlas.ui.presentation.CompareViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The stories panel and the compare panel, on the river-towns dataset as the store gives it back. */
@ExtendWith(ApplicationExtension.class)
class StoryEditingPanelsTest {

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.holding(StoreFixtures.read("river-towns.json"));
    private static Neo4jGraphStore store;
    private static Dataset dataset;

    @TempDir
    Path work;
    private Path file;
    private StoriesViewModel stories;
    private CompareViewModel compare;
    private ChangeSet marked;

    @BeforeAll
    static void findStore() {
        store = neo4j.store();
        dataset = neo4j.dataset();
    }

    /** The explorer's view the "add step" button captures: unions, 1993–1996, the weavers in focus. */
    private static StoryStep currentView(String title) {
        GraphFilter filter = GraphFilter.everything().withEntityTypes(Set.of(EntityType.UNION))
                .withWindow(TimeWindow.ofYears(1993, 1996));
        return StepCapture.capture(title, filter, List.of("weavers"), Optional.empty());
    }

    @Start
    void start(Stage stage) throws IOException {
        file = work.resolve("river-towns.json");
        Files.copy(StoreFixtures.file("river-towns.json"), file);
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
        stories = new StoriesViewModel(new StoryDocument(dataset, Optional.of(file)), executor,
                new RecordingDialogService(), new BackgroundStoryExports(executor));
        compare = new CompareViewModel();
        compare.load(new LoadedGraph(dataset));
        ComparePanel comparePanel = new ComparePanel(compare, changes -> marked = changes, id -> { });
        StoriesPanel storiesPanel = new StoriesPanel(stories, new LoadedGraph(dataset),
                StoryEditingPanelsTest::currentView, ExplorerComposition::presentationWindow);
        stage.setScene(new Scene(new HBox(storiesPanel, comparePanel), 1100, 760));
        stage.show();
    }

    private List<String> shownSteps(FxRobot robot) {
        ListView<StoryStep> list = robot.lookup("#stepList").queryListView();
        return Fx.call(() -> list.getItems().stream().map(StoryStep::title).toList());
    }

    private Node cell(FxRobot robot, String startsWith) {
        return robot.lookup(n -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().startsWith(startsWith)).query();
    }

    @Test
    void addingAStepFromTheViewPutsItAfterTheSelectedStep(FxRobot robot) {
        robot.clickOn(cell(robot, "1. "));
        robot.clickOn("#addStep");
        assertEquals(List.of("Before the alliance", "New step", "The alliance forms", "New members"),
                shownSteps(robot));
        assertTrue(((ListCell<?>) cell(robot, "2. ")).getText().endsWith("1993–1996"));
        StoryStep added = stories.steps().get(1);
        assertEquals(List.of("weavers"), added.focus());
        assertEquals(Optional.of(Set.of(EntityType.UNION)), added.types());
    }

    @Test
    void editingTheTitleAndTextThenUndoAndRedo(FxRobot robot) {
        robot.clickOn(cell(robot, "2. "));
        Fx.run(() -> robot.lookup("#stepTitle").queryTextInputControl().clear());
        robot.clickOn("#stepTitle").write("Alliance founded");
        Fx.run(() -> robot.lookup("#stepText").queryTextInputControl().setText("Two unions, one alliance."));
        robot.clickOn("#applyStep");
        assertEquals("Alliance founded", shownSteps(robot).get(1));
        assertEquals("Two unions, one alliance.", stories.steps().get(1).text());
        robot.clickOn("#undo");
        assertEquals("The alliance forms", shownSteps(robot).get(1));
        robot.clickOn("#redo");
        assertEquals("Alliance founded", shownSteps(robot).get(1));
    }

    @Test
    void draggingAStepOntoAnotherMovesItThere(FxRobot robot) {
        robot.drag(cell(robot, "3. ")).dropTo(cell(robot, "1. "));
        assertEquals(List.of("New members", "Before the alliance", "The alliance forms"), shownSteps(robot));
        robot.clickOn("#undo");
        assertEquals(List.of("Before the alliance", "The alliance forms", "New members"), shownSteps(robot));
    }

    @Test
    void duplicatingThenDeletingThenUndoingBoth(FxRobot robot) {
        robot.clickOn(cell(robot, "1. "));
        robot.clickOn("#duplicateStep");
        assertEquals(4, shownSteps(robot).size());
        robot.clickOn(cell(robot, "3. "));
        robot.clickOn("#deleteStep");
        assertEquals(List.of("Before the alliance", "Before the alliance", "New members"), shownSteps(robot));
        robot.clickOn("#undo");
        robot.clickOn("#undo");
        assertEquals(List.of("Before the alliance", "The alliance forms", "New members"), shownSteps(robot));
    }

    @Test
    void savingWritesTheFileAndReloadingItGivesTheEditsBack(FxRobot robot) {
        robot.drag(cell(robot, "3. ")).dropTo(cell(robot, "1. "));
        robot.clickOn(cell(robot, "2. "));
        robot.clickOn("#deleteStep");
        robot.clickOn("#saveStories");
        Fx.waitUntil(() -> robot.lookup("#storiesMessage").queryAs(Label.class).getText()
                .equals("Saved to river-towns.json."));

        ReadResult reread = new DatasetReader().read(file);
        assertTrue(reread.isValid(), () -> reread.problems().toString());
        Dataset saved = reread.dataset().orElseThrow();
        assertEquals(List.of("New members", "The alliance forms"),
                saved.stories().get(0).steps().stream().map(StoryStep::title).toList());
        assertEquals(dataset.entities(), saved.entities());
        assertEquals(dataset.relationships(), saved.relationships());
        // Reloading: the store keeps the saved stories as they are.
        Dataset reloaded = StoreFixtures.throughStore(store, saved);
        assertEquals(saved.stories(), reloaded.stories());
        StoreFixtures.throughStore(store, dataset);
    }

    @Test
    void comparingTwoYearsListsWhatJoinedAndWhatLeft(FxRobot robot) {
        Spinner<Integer> from = robot.lookup("#compareFrom").query();
        Spinner<Integer> to = robot.lookup("#compareTo").query();
        Fx.run(() -> {
            from.getValueFactory().setValue(1993);
            to.getValueFactory().setValue(2002);
        });
        robot.clickOn("#compare");
        ListView<ChangedItem> joined = robot.lookup("#joinedList").queryListView();
        ListView<ChangedItem> left = robot.lookup("#leftList").queryListView();
        assertEquals(List.of("dockers", "dockers-in-alliance"),
                Fx.call(() -> joined.getItems().stream().map(ChangedItem::id).toList()));
        assertEquals(List.of("strike-1993", "millers", "millers-in-alliance", "millers-strike"),
                Fx.call(() -> left.getItems().stream().map(ChangedItem::id).toList()));
        assertEquals("2 joined and 4 left between 1993 and 2002",
                robot.lookup("#compareSummary").queryAs(Label.class).getText());
        assertEquals(Set.of("dockers", "dockers-in-alliance"), marked.joinedIds());
    }

    @Test
    void messageLineShowsTheLatestWordsAfterAnExportMessageAndASecondSave(FxRobot robot) {
        Label message = robot.lookup("#storiesMessage").queryAs(Label.class);
        robot.clickOn(cell(robot, "1. "));
        robot.clickOn("#duplicateStep");
        robot.clickOn("#saveStories");
        Fx.waitUntil(() -> message.getText().equals("Saved to river-towns.json."));
        Fx.run(() -> stories.setMessage("3 slides written to /somewhere"));
        robot.clickOn("#deleteStep");

        robot.clickOn("#saveStories");

        // The same words as the first save: a line with two writers kept the export's words here.
        Fx.waitUntil(() -> message.getText().equals("Saved to river-towns.json."));
        assertEquals("Saved to river-towns.json.", Fx.call(message::getText));
    }
}

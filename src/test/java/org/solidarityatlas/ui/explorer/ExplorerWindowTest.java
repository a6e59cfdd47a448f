package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.testing.HandClock;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.testing.Resources;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.ui.tasks.TaskHandle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.ui.explorer.DetailsViewModel.LinkItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer window on a real store in a temporary directory, started on the test dataset file
 * ({@code ui/small-atlas.json}: 10 entities, 9 relationships, 1936–2019). One window for the class, since the
 * database takes a while to start; each test starts from every filter open and nothing selected.
 */
class ExplorerWindowTest extends FxRobot {

    private static final Set<String> ALL_ENTITIES = Set.of("ue", "fat", "soa", "ana", "jose", "drive", "owner",
            "complaint", "election", "lonely");

    private static final HandClock clock = new HandClock();
    @RegisterExtension
    static final OpenExplorer explorer = OpenExplorer.on(resource("ui/small-atlas.json")).withClock(clock);

    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    @BeforeAll
    static void findWindow() {
        window = explorer.window();
        model = explorer.model();
    }

    @BeforeEach
    void everythingShownNothingSelected() throws Exception {
        closeDialogs();
        interact(() -> {
            model.playback().pause();
            model.filters().load(model.graph().get());
            model.selection().clear();
        });
    }

    @Test
    void windowShowsTheDatasetsEntityCount() {
        Label status = lookup("#status").queryAs(Label.class);

        assertEquals("10 of 10 entities, 9 of 9 relationships, 1936–2019", status.getText());
        assertEquals(ALL_ENTITIES, window.network().visibleEntityIds());
    }

    @Test
    void uncheckingATypeHidesExactlyThoseEntitiesAndTheirRelationships() {
        clickOn("#type-union");

        Set<String> expected = new HashSet<>(ALL_ENTITIES);
        expected.removeAll(Set.of("ue", "fat"));
        assertEquals(expected, window.network().visibleEntityIds());
        assertEquals(Set.of("r6"), window.network().visibleRelationshipIds());
    }

    @Test
    void ctrlClickOnATypeShowsOnlyThatType() {
        press(KeyCode.CONTROL).clickOn("#type-union").release(KeyCode.CONTROL);

        assertEquals(Set.of("ue", "fat"), window.network().visibleEntityIds());
        assertEquals(Set.of("r1"), window.network().visibleRelationshipIds());
    }

    @Test
    void escapeClearsTheSelection() {
        interact(() -> model.selection().selectEntity("fat"));
        clickOn("#status");

        type(KeyCode.ESCAPE);

        assertTrue(model.selection().selectedEntity().isEmpty());
        assertFalse(lookup("#details-title").query().isVisible());
    }

    @Test
    void typingYearsIntoTheTimelineHidesWhatLiesOutsideThem() {
        clickOn("#timeline-years");
        interact(() -> lookup("#timeline-years").queryTextInputControl().clear());
        write("1994-1996").type(KeyCode.ENTER);

        // Ana's end in March 1994 is inside; the drive starting 1 January 1997 is not.
        assertEquals(Set.of("ue", "fat", "soa", "ana", "jose", "owner", "complaint"),
                window.network().visibleEntityIds());
        assertEquals("1994–1996", lookup("#timeline-years").queryTextInputControl().getText());
    }

    @Test
    void undatedToggleHidesAndShowsUndatedItems() {
        clickOn("#timeline-undated");
        assertFalse(window.network().visibleEntityIds().contains("owner"));
        assertFalse(window.network().visibleRelationshipIds().contains("r6"));

        clickOn("#timeline-undated");
        assertTrue(window.network().visibleEntityIds().contains("owner"));
    }

    @Test
    void playMovesTheTimelinesBrushAndPutsNoYearOverTheNetwork() {
        clickOn("#play");
        assertEquals("1936–1938", lookup("#timeline-years").queryTextInputControl().getText());
        assertTrue(lookup("#year-overlay").tryQuery().isEmpty(), "no year drawn over the network's nodes");

        interact(clock::advance);

        assertEquals("1937–1939", lookup("#timeline-years").queryTextInputControl().getText());
        assertEquals(Set.of("ue"), window.network().visibleEntityIds().stream()
                .filter(id -> !id.equals("owner")).collect(Collectors.toSet()));
    }

    @Test
    void spacePausesPlayback() {
        clickOn("#play");
        clickOn("#status");

        type(KeyCode.SPACE);

        assertFalse(model.playback().isPlaying());
    }

    @Test
    void searchWithoutAccentsFindsTheAccentedName() throws Exception {
        searchAndChoose("autentico");

        assertEquals("fat", model.selection().selectedEntity().orElseThrow().id());
        assertEquals("Frente Auténtico del Trabajo", lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void searchWithAccentsFindsTheEntity() throws Exception {
        searchAndChoose("Núñez");

        assertEquals("jose", model.selection().selectedEntity().orElseThrow().id());
    }

    @Test
    void searchForAHiddenEntityOffersToRevealIt() throws Exception {
        clickOn("#type-campaign");

        searchAndChoose("maquiladora");

        assertTrue(lookup("#hidden-banner").query().isVisible());
        clickOn("#reveal");
        assertTrue(window.network().visibleEntityIds().contains("drive"));
    }

    @Test
    void clickingANodeShowsItsDetails() throws Exception {
        waitUntil(() -> window.network().isLayoutSettled());
        Point2D inView = window.network().entityPositionInView("soa").orElseThrow();
        Point2D onScreen = window.network().node().localToScreen(inView);

        clickOn(onScreen);

        assertEquals("Strategic Organizing Alliance", lookup("#details-title").queryAs(Label.class).getText());
        assertEquals("1992 – present", lookup("#details-dates").queryAs(Label.class).getText());
    }

    @Test
    void clickingARelationshipInTheDetailsSelectsItsOtherEnd() throws Exception {
        interact(() -> model.selection().selectEntity("fat"));
        String line = "member of → Strategic Organizing Alliance";
        waitUntil(() -> cellShowing(line).isPresent());

        clickOn(cellShowing(line).orElseThrow());

        assertEquals("soa", model.selection().selectedEntity().orElseThrow().id());
        assertEquals("Strategic Organizing Alliance", lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void shortestPathBetweenTwoEntitiesIsHighlightedAndListed() throws Exception {
        interact(() -> model.selection().selectEntity("ue"));
        clickOn("#path");

        interact(() -> model.selection().selectEntity("owner"));
        waitUntil(() -> model.selection().path().isPresent());

        assertEquals(List.of("1. United Electrical, Radio and Machine Workers of America",
                "2. Frente Auténtico del Trabajo", "3. Maquiladora organizing drive", "4. Northern Plant Company"),
                lookup("#path-steps").queryListView().getItems().stream().map(i -> ((LinkItem) i).text()).toList());
        assertEquals(Set.of("r1", "r5", "r6"), model.selection().highlightedRelationshipsProperty().get());
    }

    @Test
    void focusShowsTheNeighbourhoodAndShowAllBringsEverythingBack() throws Exception {
        interact(() -> model.selection().selectEntity("soa"));

        clickOn("#focus");
        waitUntil(() -> model.filters().focusProperty().get().isPresent());
        assertEquals(Set.of("soa", "ue", "fat"), window.network().visibleEntityIds());

        clickOn("#show-all");
        assertEquals(ALL_ENTITIES, window.network().visibleEntityIds());
    }

    @Test
    void openingAMalformedFileShowsItsErrorsAndKeepsTheData() throws Exception {
        Path malformed = resource("ui/malformed.json");

        interact(() -> model.open(malformed));
        waitUntil(() -> lookup("#problems").tryQuery().isPresent());

        String problems = lookup("#problems").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("line 5, column "), problems);
        assertTrue(problems.contains("unicorn"), problems);
        assertEquals("10 of 10 entities, 9 of 9 relationships, 1936–2019",
                lookup("#status").queryAs(Label.class).getText());
    }

    @Test
    void exportWritesAPngAtTwiceTheViewSize(@TempDir Path out) throws Exception {
        Path png = out.resolve("view.png");

        TaskHandle export = Fx.call(() -> window.export(png));
        assertEquals(TaskHandle.Outcome.SUCCEEDED, export.completion().toCompletableFuture().get(60, TimeUnit.SECONDS));

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.round(window.network().node().getWidth() * 2), image.getWidth());
        assertEquals(Math.round(window.network().node().getHeight() * 2), image.getHeight());
    }

    private void searchAndChoose(String text) throws TimeoutException {
        clickOn("#search");
        write(text);
        waitUntil(() -> !model.selection().suggestions().isEmpty());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The relationship list's cell that shows this line, once the list has drawn it. */
    private Optional<Node> cellShowing(String text) {
        return lookup("#details-links .list-cell").queryAll().stream()
                .filter(node -> ((ListCell<?>) node).getItem() instanceof LinkItem item && item.text().equals(text))
                .findFirst();
    }

    private void closeDialogs() {
        // Dialogs, and notifications (popups) that could lie over the panels and catch a click.
        interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != window.scene().getWindow())
                .forEach(Window::hide));
        interact(() -> lookup("#search").queryTextInputControl().clear());
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Path resource(String name) {
        return Resources.path(name);
    }
}

package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.ui.network.NetworkViewProbe;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The rough edges a new user met in the explorer (issue 9), on {@code ui/small-atlas.json}. */
class ExplorerRoughEdgesTest extends FxRobot {

    @RegisterExtension
    static final OpenExplorer explorer = OpenExplorer.on(ExplorerWindowTest.resource("ui/small-atlas.json"));

    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    @BeforeAll
    static void findWindow() {
        window = explorer.window();
        model = explorer.model();
    }

    @BeforeEach
    void nothingSelected() {
        interact(() -> {
            model.selection().clear();
            Stage stage = (Stage) window.scene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        // A test at 1024 pixels squeezes the side panels, which keep their width when the window grows back.
        interact(() -> window.scene().getRoot().lookupAll(".split-pane").stream()
                .map(node -> (SplitPane) node)
                .filter(body -> body.getItems().size() == 3)
                .findFirst().ifPresent(body -> body.setDividerPositions(0.22, 0.74)));
    }

    @AfterEach
    void searchEmptied() {
        interact(() -> lookup("#search").queryTextInputControl().clear());
    }

    @Test
    void escapeInTheSearchBoxEmptiesIt() {
        clickOn("#search").write("fat");
        type(KeyCode.ESCAPE);
        assertEquals("", lookup("#search").queryTextInputControl().getText());
    }

    @Test
    void atTenTwentyFourBySevenHundredTheToolbarKeepsPlayAndTheYearsAndTheSidePanelsFoldAway() {
        interact(() -> {
            Stage stage = (Stage) window.scene().getWindow();
            stage.setMinWidth(0);
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        Fx.waitUntil(() -> window.scene().getWidth() <= 1024);
        Bounds bar = Fx.call(() -> lookup("#toolbar").query().localToScene(lookup("#toolbar").query()
                .getBoundsInLocal()));
        for (String id : new String[] {"#play", "#toolbar-years", "#timeline-years"}) {
            Node node = lookup(id).query();
            assertTrue(node.isVisible() && node.getScene() != null, id + " shows");
            Bounds bounds = Fx.call(() -> node.localToScene(node.getBoundsInLocal()));
            assertTrue(bounds.getMaxX() <= window.scene().getWidth(), id + " within the window");
        }
        assertTrue(Fx.call(() -> lookup("#play").query().localToScene(lookup("#play").query().getBoundsInLocal())
                .getMaxX()) <= bar.getMaxX());

        clickOn("#status");
        type(KeyCode.F7).type(KeyCode.F8);
        double networkWidth = Fx.call(() -> window.network().node().getWidth());
        assertTrue(networkWidth > 0.9 * 1024, "the network has most of the window: " + networkWidth);
        type(KeyCode.F7).type(KeyCode.F8);
        assertTrue(lookup("#filters").tryQuery().isPresent());
    }

    @Test
    void everySuggestionShowsWholeWithoutASidewaysScrollBar() {
        clickOn("#search").write("united");
        Fx.waitUntil(() -> lookup("#suggestions").tryQuery().map(Node::isVisible).orElse(false)
                && !model.selection().suggestions().isEmpty());
        ListView<?> list = lookup("#suggestions").queryListView();
        List<String> shown = Fx.call(() -> {
            list.layout();
            return list.lookupAll(".list-cell").stream().map(cell -> (ListCell<?>) cell)
                    .filter(cell -> cell.getItem() != null && cell.isVisible())
                    .map(cell -> ((Text) cell.lookup(".text")).getText()).toList();
        });
        List<String> suggested = Fx.call(() -> model.selection().suggestions().stream()
                .map(SearchField::suggestionText).toList());
        assertTrue(shown.contains("United Electrical, Radio and Machine Workers of America  ·  Union"), shown.toString());
        // A cut item would show with an ellipsis in place of its end.
        assertTrue(suggested.containsAll(shown), "cut: " + shown + " of " + suggested);
        assertFalse(Fx.call(() -> list.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL && bar.isVisible())));
    }

    @Test
    void openingAnotherDatasetEmptiesTheSearchAndGivesTheKeysToTheNetwork() {
        clickOn("#search").write("fat");
        try {
            interact(() -> model.open(ExplorerWindowTest.resource("ui/other-atlas.json")));
            Fx.waitUntil(() -> !model.busyProperty().get() && model.graph().map(g -> g.entity("a").isPresent())
                    .orElse(false));
            assertEquals("", lookup("#search").queryTextInputControl().getText());
            assertSame(window.network().node(), Fx.call(() -> window.scene().getFocusOwner()));
        } finally {
            reopenSmallAtlas();
        }
    }

    @Test
    void aShortcutPressedWhileLoadingSaysStillLoading() {
        clickOn("#search").write("fat");
        try {
            boolean toldStillLoading = Fx.call(() -> {
                model.open(ExplorerWindowTest.resource("ui/other-atlas.json"));
                // F, where a key pressed now goes.
                Event.fireEvent(window.scene().getFocusOwner(), new KeyEvent(KeyEvent.KEY_PRESSED, "f", "f",
                        KeyCode.F, false, false, false, false));
                return lookup("#still-loading").query().isVisible();
            });
            assertTrue(toldStillLoading, "the busy overlay says still loading");
            Fx.waitUntil(() -> !model.busyProperty().get());
            assertFalse(lookup("#still-loading").query().isVisible(), "gone once loaded");
        } finally {
            reopenSmallAtlas();
        }
    }

    @Test
    void theDetailsListShowsAllSixRelationshipsOfTheSelection() {
        interact(() -> model.selection().selectEntity("fat"));
        ListView<?> links = lookup("#details-links").queryListView();
        assertEquals(6, Fx.call(() -> links.getItems().size()));
        Fx.waitUntil(() -> links.getHeight() > 0);
        // The rows' heights depend on the list's width, which the panel's layout settles in a pulse or two.
        long wholeRows = 0;
        for (int tries = 0; tries < 40 && wholeRows < 6; tries++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            wholeRows = Fx.call(() -> wholeRowsOf(links));
        }
        assertEquals(6, wholeRows, "rows shown whole in the list at 1280x720, list " + Fx.call(links::getWidth) + "x"
                + Fx.call(links::getHeight) + ", details panel " + Fx.call(() -> lookup("#details").query().getLayoutBounds()
                .getHeight()));
        assertFalse(Fx.call(() -> links.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> ((ScrollBar) bar).getOrientation() == Orientation.VERTICAL && bar.isVisible())));
    }

    /** The list's cells that show an item and lie wholly inside the list. */
    private static long wholeRowsOf(ListView<?> links) {
        Bounds list = links.localToScene(links.getLayoutBounds());
        return links.lookupAll(".list-cell").stream().map(cell -> (ListCell<?>) cell)
                .filter(cell -> cell.getItem() != null && cell.isVisible())
                .map(cell -> cell.localToScene(cell.getLayoutBounds()))
                .filter(cell -> cell.getMinY() >= list.getMinY() - 0.5 && cell.getMaxY() <= list.getMaxY() + 0.5)
                .count();
    }

    private void reopenSmallAtlas() {
        interact(() -> model.open(ExplorerWindowTest.resource("ui/small-atlas.json")));
        Fx.waitUntil(() -> !model.busyProperty().get() && model.graph().map(g -> g.entity("ue").isPresent())
                .orElse(false));
    }

    @Test
    void aPathWhoseMiddleTheWindowHidesIsDrawnWholeWithThoseMembersMarked() {
        showPathHiddenInPart();
        try {
            assertFalse(Fx.call(() -> model.filters().visible().entityIds().contains("drive")), "the filters hide it");
            assertTrue(Fx.call(() -> window.network().visibleEntityIds().containsAll(Set.of("ue", "fat", "drive",
                    "owner"))), "every member is drawn");
            assertTrue(Fx.call(() -> window.network().visibleRelationshipIds().containsAll(Set.of("r1", "r5", "r6"))));
            assertTrue(classes("drive").contains("outside"), classes("drive"));
            assertTrue(Fx.call(() -> NetworkViewProbe.relationshipClasses(window.network(), "r5")).contains("outside"));
            assertFalse(classes("fat").contains("outside"), classes("fat"));
            assertTrue(lookup("#path-hidden-banner").query().isVisible(), "the banner offers to show it");

            interact(() -> model.selection().clear());
            assertFalse(Fx.call(() -> window.network().visibleEntityIds().contains("drive")), "no path, hidden again");
            assertFalse(classes("drive").contains("outside"));
        } finally {
            interact(() -> model.selection().showAll());
        }
    }

    @Test
    void atTenTwentyFourBySevenHundredThePathBannerShowsItsWholeMessageAndButton() {
        showPathHiddenInPart();
        try {
            interact(() -> {
                Stage stage = (Stage) window.scene().getWindow();
                stage.setMinWidth(0);
                stage.setWidth(1024);
                stage.setHeight(700);
            });
            Fx.waitUntil(() -> window.scene().getWidth() <= 1024);
            Node banner = lookup("#path-hidden-banner").query();
            Node button = lookup("#reveal-path").query();
            Fx.call(() -> {
                banner.getParent().layout();
                return null;
            });
            String shown = Fx.call(() -> banner.lookupAll(".text").stream().map(t -> ((Text) t).getText())
                    .reduce("", (a, b) -> a + " " + b).replaceAll("\\s+", " ").strip());
            assertTrue(shown.contains("Part of the path is hidden by the filters."), "not cut: " + shown);
            Bounds pane = Fx.call(() -> window.network().node().localToScene(window.network().node()
                    .getLayoutBounds()));
            Bounds at = Fx.call(() -> button.localToScene(button.getLayoutBounds()));
            assertTrue(at.getMinX() >= pane.getMinX() && at.getMaxX() <= pane.getMaxX(), at + " within " + pane);
        } finally {
            interact(() -> model.selection().showAll());
        }
    }

    /** From the UE to the plant: through the FAT and the 1997–1999 drive, which 2005–2010 hides. */
    private void showPathHiddenInPart() {
        interact(() -> {
            model.filters().setWindow(2005, 2010);
            model.selection().selectEntity("ue");
            model.selection().startPathFromSelection();
            model.selection().selectEntity("owner");
        });
        Fx.waitUntil(() -> model.selection().path().isPresent());
    }

    private String classes(String entityId) {
        return Fx.call(() -> NetworkViewProbe.entityClasses(window.network(), entityId));
    }
}

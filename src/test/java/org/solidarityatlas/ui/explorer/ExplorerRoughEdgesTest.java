package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
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
import org.testfx.api.FxRobot;

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
    }

    @AfterEach
    void searchEmptied() {
        interact(() -> lookup("#search").queryTextInputControl().clear());
    }

    @Test
    void anAliasTypedInFullSuggestsTheEntityItNamesFirst() {
        clickOn("#search").write("FAT");
        Fx.waitUntil(() -> !model.selection().suggestions().isEmpty());
        assertEquals("fat", model.selection().suggestions().get(0).entity().id());
    }

    @Test
    void theSuggestionListIsAsWideAsItsLongestSuggestionWithoutASidewaysScrollBar() {
        clickOn("#search").write("united");
        Fx.waitUntil(() -> lookup("#suggestions").tryQuery().map(Node::isVisible).orElse(false));
        ListView<?> list = lookup("#suggestions").queryListView();
        Text longest = new Text("United Electrical, Radio and Machine Workers of America  ·  Union");
        longest.setFont(lookup("#search").queryTextInputControl().getFont());
        assertTrue(Fx.call(list::getWidth) > longest.getLayoutBounds().getWidth(), "the longest item fits");
        assertFalse(Fx.call(() -> list.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL && bar.isVisible())));
    }

    @Test
    void escapeInTheSearchBoxEmptiesIt() {
        clickOn("#search").write("fat");
        type(KeyCode.ESCAPE);
        assertEquals("", lookup("#search").queryTextInputControl().getText());
    }

    @Test
    void openingAnotherDatasetEmptiesTheSearchGivesTheKeysToTheNetworkAndSaysStillLoadingMeanwhile() {
        clickOn("#search").write("fat");
        Path other = ExplorerWindowTest.resource("ui/other-atlas.json");
        boolean toldStillLoading = Fx.call(() -> {
            model.open(other);
            Event.fireEvent(window.network().node(), new KeyEvent(KeyEvent.KEY_PRESSED, "f", "f", KeyCode.F,
                    false, false, false, false));
            return lookup("#still-loading").query().isVisible();
        });
        Fx.waitUntil(() -> !model.busyProperty().get() && model.graph().map(g -> g.entity("ue").isEmpty())
                .orElse(false));
        assertTrue(toldStillLoading, "a shortcut pressed while loading says so");
        assertEquals("", lookup("#search").queryTextInputControl().getText());
        assertSame(window.network().node(), Fx.call(() -> window.scene().getFocusOwner()));
        assertFalse(lookup("#still-loading").query().isVisible());
        interact(() -> model.open(ExplorerWindowTest.resource("ui/small-atlas.json")));
        Fx.waitUntil(() -> !model.busyProperty().get() && model.graph().map(g -> g.entity("ue").isPresent())
                .orElse(false));
    }

    @Test
    void theDetailsListShowsEveryRelationshipOfTheSelectionWithoutScrolling() {
        interact(() -> model.selection().selectEntity("fat"));
        ListView<?> links = lookup("#details-links").queryListView();
        assertEquals(6, links.getItems().size());
        Fx.waitUntil(() -> links.getHeight() > 0);
        assertFalse(Fx.call(() -> links.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> ((ScrollBar) bar).getOrientation() == Orientation.VERTICAL && bar.isVisible())),
                "the relationship list needs no scroll bar for six relationships");
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
}

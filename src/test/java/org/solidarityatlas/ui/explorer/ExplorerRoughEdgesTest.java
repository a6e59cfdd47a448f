package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
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
}

package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.ui.app.ExplorerComposition;

import org.solidarityatlas.graph.LoadedGraph;

import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoreFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.testing.Neo4jStore;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.presentation.PresentationViewModel.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Presenting the bundled story, read back from a real store, with the keys a presentation clicker sends. */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.holding(StoreFixtures.bundled());
    private static Neo4jGraphStore store;
    private static Dataset dataset;

    private PresentationWindow window;

    @BeforeAll
    static void openStore() {
        store = neo4j.store();
        dataset = neo4j.dataset();
    }

    @Start
    void start(Stage ignored) {
        window = ExplorerComposition.presentationWindow(null, new LoadedGraph(dataset), dataset.stories().get(0));
        window.stage().setWidth(1280);
        window.stage().setHeight(720);
        window.show(false);
    }

    @AfterEach
    void close() {
        Fx.run(() -> window.close());
    }

    private void settle() {
        Fx.waitUntil(() -> window.network().isLayoutSettled() && !window.animatingProperty().get());
        Fx.waitUntil(this::focusInView);
    }

    /** Every shown focus entity is drawn inside the view: the camera has framed the step. */
    private boolean focusInView() {
        Shown shown = window.viewModel().shown();
        var bounds = window.network().node().getLayoutBounds();
        for (String id : shown.step().focus()) {
            if (window.network().visibleEntityIds().contains(id)) {
                var at = window.network().entityPositionInView(id);
                if (at.isEmpty() || !bounds.contains(at.get())) {
                    return false;
                }
            }
        }
        return true;
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.type(key);
        settle();
    }

    /** The step's window in the corner, its focus shown, and nothing shown outside its window. */
    private void assertShowsStep(int number, String years) {
        Fx.run(() -> {
            Shown shown = window.viewModel().shown();
            assertEquals(number - 1, shown.index());
            assertEquals(years, window.pane().yearsText());
            assertEquals("Step " + number + " of 12", window.pane().progressText());
            assertEquals(shown.step().title(), window.pane().titleText());
            Set<String> visible = window.network().visibleEntityIds();
            for (String id : shown.step().focus()) {
                Entity focus = dataset.entity(id).orElseThrow();
                TimeWindow w = shown.view().window().orElseThrow();
                if (focus.lifespan().overlaps(w) && shown.view().filter().entityTypes().contains(focus.type())) {
                    assertTrue(visible.contains(id), () -> "focus " + id + " not shown at step " + number);
                }
            }
            // What ended since the step before has faded out by the time the move is over.
            assertEquals(shown.visible().entityIds(), visible);
            for (String id : visible) {
                Entity e = dataset.entity(id).orElseThrow();
                boolean inWindow = !e.lifespan().isDated() || e.lifespan().overlaps(shown.view().window().get());
                assertTrue(inWindow, () -> id + " shown outside " + years);
            }
        });
    }

    @Test
    void opensOnTheFirstStep() {
        settle();
        assertShowsStep(1, "1930–1969");
    }

    @Test
    void rightPageDownAndSpaceGoForward(FxRobot robot) {
        settle();
        press(robot, KeyCode.RIGHT);
        assertShowsStep(2, "1989–1993");
        press(robot, KeyCode.PAGE_DOWN);
        assertShowsStep(3, "1993–1994");
        press(robot, KeyCode.SPACE);
        assertShowsStep(4, "1995–2001");
    }

    @Test
    void leftAndPageUpGoBack(FxRobot robot) {
        settle();
        press(robot, KeyCode.END);
        press(robot, KeyCode.LEFT);
        assertShowsStep(11, "2021–2022");
        press(robot, KeyCode.PAGE_UP);
        assertShowsStep(10, "2021");
    }

    @Test
    void homeAndEndJumpToTheFirstAndLastStep(FxRobot robot) {
        settle();
        press(robot, KeyCode.END);
        assertShowsStep(12, "2022");
        press(robot, KeyCode.HOME);
        assertShowsStep(1, "1930–1969");
    }

    @Test
    void everyStepForwardThenBackShowsItsWindow(FxRobot robot) {
        settle();
        List<String> years = List.of("1930–1969", "1989–1993", "1993–1994", "1995–2001", "1997–1998",
                "2002–2006", "2010–2011", "2017–2019", "2020", "2021", "2021–2022", "2022");
        for (int n = 2; n <= 12; n++) {
            press(robot, KeyCode.RIGHT);
            assertShowsStep(n, years.get(n - 1));
        }
        press(robot, KeyCode.RIGHT);
        assertShowsStep(12, "2022");
        for (int n = 11; n >= 1; n--) {
            press(robot, KeyCode.LEFT);
            assertShowsStep(n, years.get(n - 1));
        }
    }

    @Test
    void escapeLeavesPresentationMode(FxRobot robot) {
        settle();
        robot.type(KeyCode.ESCAPE);
        Fx.waitUntil(() -> !window.stage().isShowing());
        assertFalse(Fx.call(() -> window.stage().isShowing()));
    }
}

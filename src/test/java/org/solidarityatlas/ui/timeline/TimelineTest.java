package org.solidarityatlas.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.HandClock;
import org.solidarityatlas.ui.explorer.FilterViewModel;
import org.solidarityatlas.ui.explorer.PlaybackViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The timeline control with the mouse and the keys, on {@code ui/timeline-atlas.json} (a strike a year from 1990
 * to 2009, a union since 1980, an 1850s outlier, three undated foundations), driving the explorer's filters.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTest extends FxRobot {

    private LoadedGraph graph;
    private FilterViewModel filters;
    private PlaybackViewModel playback;
    private TimelineViewModel model;
    private Timeline timeline;
    private final HandClock clock = new HandClock();
    private LaneBar chosen;

    @Start
    void start(Stage stage) throws Exception {
        try (InputStream in = TimelineTest.class.getResourceAsStream("/ui/timeline-atlas.json")) {
            graph = new LoadedGraph(new DatasetReader().read(in, "timeline-atlas.json").dataset().orElseThrow());
        }
        filters = new FilterViewModel();
        filters.load(graph);
        playback = new PlaybackViewModel(filters, clock);
        model = new TimelineViewModel();
        model.connect(filters.fromYearProperty(), filters.toYearProperty(), filters::setWindow);
        model.includeUndatedProperty().bindBidirectional(filters.includeUndatedProperty());
        model.playingProperty().bind(playback.playingProperty());
        model.load(graph.yearActivity());
        timeline = new Timeline(model);
        timeline.setOnBarChosen(bar -> chosen = bar);
        BorderPane root = new BorderPane();
        root.setBottom(timeline.node());
        stage.setScene(new Scene(root, 1000, 300));
        stage.show();
    }

    @Test
    void typedYearsShowThatWindowsStrikes() {
        typeYears("1992–1998");
        assertEquals(strikes(1992, 1998), visibleStrikes());
        assertTrue(filters.visible().entityIds().contains("ue"));
    }

    @Test
    void typedMonthShowsItsYear() {
        typeYears("2003-05");
        assertEquals(strikes(2003, 2003), visibleStrikes());
    }

    @Test
    void draggingTheBrushMiddleMovesTheWindow() {
        typeYears("1992–1998");
        drag(screen(1995.5), MouseButton.PRIMARY).dropTo(screen(1998.5));
        assertEquals(strikes(1995, 2001), visibleStrikes());
    }

    @Test
    void draggingTheBrushEndResizesTheWindow() {
        typeYears("1992–1998");
        drag(screen(1999), MouseButton.PRIMARY).dropTo(screen(2002));
        assertEquals(strikes(1992, 2001), visibleStrikes());
    }

    @Test
    void draggingTheBrushStartResizesTheWindow() {
        typeYears("1992–1998");
        drag(screen(1992), MouseButton.PRIMARY).dropTo(screen(1996));
        assertEquals(strikes(1996, 1998), visibleStrikes());
    }

    @Test
    void doubleClickCentresTheWindowThere() {
        typeYears("1992–1994");
        moveTo(screen(2005.5)).doubleClickOn(MouseButton.PRIMARY);
        assertEquals(strikes(2004, 2006), visibleStrikes());
    }

    @Test
    void arrowsMoveTheWindowAndShiftArrowsResizeIt() {
        typeYears("1992–1994");
        clickOn(canvas());
        type(KeyCode.RIGHT);
        assertEquals(strikes(1993, 1995), visibleStrikes());
        press(KeyCode.SHIFT).type(KeyCode.RIGHT, 2).release(KeyCode.SHIFT);
        assertEquals(strikes(1993, 1997), visibleStrikes());
        type(KeyCode.LEFT);
        assertEquals(strikes(1992, 1996), visibleStrikes());
    }

    @Test
    void theWheelZoomsAroundTheCursor() {
        double before = Fx.call(() -> model.viewToProperty().get() - model.viewFromProperty().get());
        Point2D at = screen(2000);
        // TestFX's DOWN turns the wheel so that JavaFX reports a positive deltaY, which zooms in as in the network.
        moveTo(at).scroll(3, javafx.geometry.VerticalDirection.DOWN);
        double after = Fx.call(() -> model.viewToProperty().get() - model.viewFromProperty().get());
        assertTrue(after < before * 0.8, before + " then " + after);
        // The year under the cursor stays under it.
        assertEquals(2000, Fx.call(() -> model.yearAt(canvas().screenToLocal(at).getX(), canvas().getWidth())),
                0.1);
    }

    @Test
    void playMovesTheBrushAndTheViewFollows() {
        typeYears("1990–1990");
        Fx.run(() -> {
            playback.widthProperty().set(2);
            playback.play();
        });
        assertEquals(strikes(1990, 1991), visibleStrikes());
        for (int i = 0; i < 5; i++) {
            Fx.run(clock::advance);
        }
        assertEquals(strikes(1995, 1996), visibleStrikes());
        assertTrue(Fx.call(() -> model.playingProperty().get()));
    }

    @Test
    void theUndatedToggleSaysItsCountAndHidesThem() {
        assertEquals("4 undated", lookup("#timeline-undated").queryLabeled().getText());
        clickOn("#timeline-undated");
        assertFalse(filters.visible().entityIds().contains("u2"));
        clickOn("#timeline-undated");
        assertTrue(filters.visible().entityIds().contains("u2"));
    }

    @Test
    void theUndatedHintShowsOnceTheWindowFirstMoves() {
        assertFalse(lookup("#undated-hint").query().isVisible());
        typeYears("1992–1998");
        assertTrue(lookup("#undated-hint").query().isVisible());
        clickOn("#undated-hint-ok");
        assertFalse(Fx.call(() -> model.hintShowingProperty().get()), "OK hides the hint");
        typeYears("1993–1998");
        assertFalse(lookup("#undated-hint").query().isVisible());
    }

    @Test
    void hoveringALaneBarSaysWhatItIsAndAClickChoosesIt() {
        Fx.run(() -> model.showLane(graph, graph.entity("ue")));
        LaneBar files = Fx.call(() -> model.lane().stream().filter(b -> b.itemId().equals("r-files-1998"))
                .findFirst().orElseThrow());
        // The events go to the canvas itself: another test class's window may lie over this one, so the real
        // pointer could land on that window instead.
        Point2D at = Fx.call(() -> canvas().localToScene(model.xOf((files.from() + files.to()) / 2,
                canvas().getWidth()), TimelinePainter.Bands.of(model).laneRowTop(files.row()) + 2));
        fire(MouseEvent.MOUSE_MOVED, at, MouseButton.NONE);
        assertTrue(hover().isVisible());
        assertEquals("files Strike of 1998, June 1998 – present", Fx.call(() -> hover().getText()));

        fire(MouseEvent.MOUSE_PRESSED, at, MouseButton.PRIMARY);
        fire(MouseEvent.MOUSE_RELEASED, at, MouseButton.PRIMARY);
        assertEquals("r-files-1998", chosen.itemId());
    }

    @Test
    void movingOffTheLaneHidesTheHover() {
        Fx.run(() -> model.showLane(graph, graph.entity("ue")));
        LaneBar life = Fx.call(() -> model.lane().get(0));
        Point2D on = Fx.call(() -> canvas().localToScene(model.xOf(life.from() + 1, canvas().getWidth()),
                TimelinePainter.Bands.of(model).laneRowTop(life.row()) + 2));
        fire(MouseEvent.MOUSE_MOVED, on, MouseButton.NONE);
        assertTrue(hover().isVisible());
        fire(MouseEvent.MOUSE_MOVED, Fx.call(() -> screenToScene(screen(2000))), MouseButton.NONE);
        assertFalse(hover().isVisible());
    }

    private Label hover() {
        return (Label) timeline.node().lookup("#timeline-hover");
    }

    /** A mouse event at a point of the scene, fired at the timeline's canvas. */
    private void fire(javafx.event.EventType<MouseEvent> type, Point2D inScene, MouseButton button) {
        Fx.run(() -> {
            Point2D onScreen = canvas().getScene().getRoot().localToScreen(inScene);
            boolean pressed = type == MouseEvent.MOUSE_PRESSED;
            Event.fireEvent(canvas(), new MouseEvent(type, inScene.getX(), inScene.getY(), onScreen.getX(),
                    onScreen.getY(), button, type == MouseEvent.MOUSE_MOVED ? 0 : 1, false, false, false, false,
                    pressed && button == MouseButton.PRIMARY, false, false, false, false, true, null));
        });
    }

    private Point2D screenToScene(Point2D onScreen) {
        return canvas().getScene().getRoot().screenToLocal(onScreen);
    }

    private void typeYears(String text) {
        clickOn("#timeline-years");
        Fx.run(() -> lookup("#timeline-years").queryTextInputControl().clear());
        write(text).type(KeyCode.ENTER);
    }

    /** This test's canvas (a window another test class left open has a timeline of its own). */
    private Canvas canvas() {
        return (Canvas) timeline.canvas();
    }

    /** The screen point on the histogram's middle height at a year coordinate. */
    private Point2D screen(double year) {
        return Fx.call(() -> {
            TimelinePainter.Bands bands = TimelinePainter.Bands.of(model);
            double y = (bands.histogramTop() + bands.axisTop()) / 2;
            return canvas().localToScreen(model.xOf(year, canvas().getWidth()), y);
        });
    }

    private Set<Integer> visibleStrikes() {
        return Fx.call(() -> {
            Set<Integer> years = new TreeSet<>();
            for (String id : filters.visible().entityIds()) {
                if (id.matches("e\\d{4}")) {
                    years.add(Integer.parseInt(id.substring(1)));
                }
            }
            return years;
        });
    }

    private static Set<Integer> strikes(int from, int to) {
        Set<Integer> years = new TreeSet<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return years;
    }

    @SuppressWarnings("unused")
    private static List<String> ids(Set<String> set) {
        return List.copyOf(new TreeSet<>(set));
    }
}

package org.solidarityatlas.ui.timeline;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.solidarityatlas.ui.text.Texts;

/**
 * The timeline band: the years field and the undated toggle on the left, and a canvas with the histogram, the
 * window as a brush, the selection lane and story marks. Drag the brush's middle to move the window, its edges
 * to resize it, elsewhere to pan; double-click centres the window; the wheel zooms the timeline's own scale; the
 * arrow keys move the window by a year and Shift+arrows resize it. All state is in {@link TimelineViewModel}.
 */
public final class Timeline {

    private static final double WHEEL_ZOOM = 1.25;

    private final TimelineViewModel model;
    private javafx.beans.InvalidationListener languageWatch;

    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas) {
        @Override
        protected void layoutChildren() {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    };
    private final TextField years = new TextField();
    private final CheckBox undated = new CheckBox();
    private final Label hover = new Label();
    private final BorderPane root = new BorderPane();
    private Consumer<LaneBar> onBarChosen = bar -> { };
    private Consumer<StepMark> onMarkChosen = mark -> { };
    private boolean panning;
    private double panX;

    public Timeline(TimelineViewModel model) {
        this.model = model;
        canvas.setId("timeline-canvas");
        canvas.setFocusTraversable(true);
        canvasPane.setMinWidth(0);
        canvasPane.getStyleClass().add("timeline-canvas");
        canvasPane.setFocusTraversable(false);

        years.setId("timeline-years");
        years.setPrefColumnCount(8);
        years.setPromptText("1992–1998");
        years.setTooltip(Texts.tooltip("timeline.years.tip"));
        years.setText(model.windowTextProperty().get());
        model.windowTextProperty().addListener((obs, old, text) -> {
            if (!years.isFocused()) {
                years.setText(text);
            }
        });
        years.setOnAction(e -> {
            if (model.type(years.getText())) {
                years.setText(model.windowTextProperty().get());
                canvas.requestFocus();
            }
        });
        years.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                years.setText(model.windowTextProperty().get());
            }
        });
        Label problem = new Label();
        problem.setId("timeline-problem");
        problem.getStyleClass().add("timeline-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);

        undated.setId("timeline-undated");
        undated.selectedProperty().bindBidirectional(model.includeUndatedProperty());
        undated.setTooltip(Texts.tooltip("timeline.undated.tip"));
        undated.setMnemonicParsing(false);
        undated.setMinWidth(Region.USE_PREF_SIZE);

        VBox side = new VBox(4, years, undated, problem);
        side.setPadding(new Insets(4, 8, 4, 8));
        side.setPrefWidth(150);
        side.setMinWidth(Region.USE_PREF_SIZE);
        side.getStyleClass().add("timeline-side");

        hover.setId("timeline-hover");
        hover.getStyleClass().add("timeline-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);

        Label hint = Texts.bind(new Label(), "timeline.undatedHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("timeline-hint");
        Button dismiss = Texts.bind(new Button(), "button.ok");
        dismiss.setId("undated-hint-ok");
        dismiss.setOnAction(e -> model.dismissHint());
        HBox hintBar = new HBox(8, hint, dismiss);
        hintBar.setId("undated-hint");
        hintBar.setAlignment(Pos.CENTER_LEFT);
        hintBar.setPadding(new Insets(2, 8, 2, 8));
        hintBar.visibleProperty().bind(model.hintShowingProperty());
        hintBar.managedProperty().bind(hintBar.visibleProperty());

        canvasPane.getChildren().add(hover);
        root.setLeft(side);
        root.setCenter(canvasPane);
        root.setTop(hintBar);
        root.setId("timeline");
        root.getStyleClass().add("timeline");

        installMouse();
        installKeys();
        watch();
        resize();
    }

    public Node node() {
        return root;
    }

    /** The canvas, which takes the keys: arrows move the window, Shift+arrows resize it. */
    public Node canvas() {
        return canvas;
    }

    /** Clicking a lane bar: select that entity or relationship. */
    public void setOnBarChosen(Consumer<LaneBar> handler) {
        onBarChosen = handler;
    }

    /** Clicking a story step's mark: go to that step. */
    public void setOnMarkChosen(Consumer<StepMark> handler) {
        onMarkChosen = handler;
    }

    private void watch() {
        model.activityProperty().addListener((obs, old, value) -> {
            undated.setText(model.undatedText());
            resize();
        });
        undated.setText(model.undatedText());
        languageWatch = Texts.onChange(() -> {
            undated.setText(model.undatedText());
            redraw();
        });
        // One repaint per change of the window, not one per end: a drag move sets both ends.
        model.windowChangesProperty().addListener((obs, old, value) -> redraw());
        model.viewFromProperty().addListener((obs, old, value) -> redraw());
        model.viewToProperty().addListener((obs, old, value) -> redraw());
        model.playingProperty().addListener((obs, old, value) -> redraw());
        model.laneTitleProperty().addListener((obs, old, value) -> resize());
        model.lane().addListener((ListChangeListener<LaneBar>) c -> resize());
        model.marks().addListener((ListChangeListener<StepMark>) c -> resize());
    }

    /** The canvas is as tall as its bands: the lane and the marks add rows only when there is something in them. */
    private void resize() {
        double height = TimelinePainter.Bands.of(model).height();
        canvasPane.setPrefHeight(height);
        canvasPane.setMinHeight(height);
        redraw();
    }

    private void redraw() {
        TimelinePainter.paint(canvas.getGraphicsContext2D(), model, canvas.getWidth(), canvas.getHeight());
    }

    private double width() {
        return canvas.getWidth();
    }

    private void installMouse() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            if (e.getButton() != MouseButton.PRIMARY || !model.activity().dated()) {
                return;
            }
            TimelinePainter.Bands bands = TimelinePainter.Bands.of(model);
            if (e.getY() < bands.histogramTop()) {
                markAt(e.getX(), e.getY(), bands).ifPresent(onMarkChosen);
                barAt(e.getX(), e.getY(), bands).ifPresent(onBarChosen);
                return;
            }
            Optional<TimelineViewModel.Grip> grip = gripAt(e.getX());
            if (grip.isPresent()) {
                model.beginDrag(grip.get(), model.yearAt(e.getX(), width()));
            } else {
                panning = true;
                panX = e.getX();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (panning) {
                model.pan(model.yearAt(panX, width()) - model.yearAt(e.getX(), width()));
                panX = e.getX();
            } else {
                model.dragTo(model.yearAt(e.getX(), width()));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            model.endDrag();
            panning = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && e.getY() >= TimelinePainter.Bands.of(model).histogramTop()) {
                model.centreOn(model.yearAt(e.getX(), width()));
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                model.zoom(model.yearAt(e.getX(), width()), e.getDeltaY() > 0 ? 1 / WHEEL_ZOOM : WHEEL_ZOOM);
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
    }

    private void hoverAt(double x, double y) {
        TimelinePainter.Bands bands = TimelinePainter.Bands.of(model);
        Optional<String> text = y < bands.histogramTop()
                ? barAt(x, y, bands).map(LaneBar::text).or(() -> markAt(x, y, bands).map(StepMark::title))
                : Optional.empty();
        hover.setText(text.orElse(""));
        hover.setVisible(text.isPresent());
        if (text.isPresent()) {
            hover.autosize();
            double left = Math.max(0, Math.min(width() - hover.getWidth(), x + 10));
            hover.relocate(left, Math.max(0, y - hover.getHeight() - 4));
            canvas.setCursor(Cursor.HAND);
            return;
        }
        Optional<TimelineViewModel.Grip> grip = y >= bands.histogramTop() ? gripAt(x) : Optional.empty();
        canvas.setCursor(grip.map(g -> g == TimelineViewModel.Grip.MOVE ? Cursor.MOVE : Cursor.H_RESIZE)
                .orElse(Cursor.DEFAULT));
    }

    /** The brush's edge within a few pixels of x, else its middle when x is inside it. */
    private Optional<TimelineViewModel.Grip> gripAt(double x) {
        double x0 = model.xOf(model.windowFromProperty().get(), width());
        double x1 = model.xOf(model.windowToProperty().get() + 1, width());
        if (Math.abs(x - x1) <= TimelinePainter.EDGE_GRIP) {
            return Optional.of(TimelineViewModel.Grip.END);
        }
        if (Math.abs(x - x0) <= TimelinePainter.EDGE_GRIP) {
            return Optional.of(TimelineViewModel.Grip.START);
        }
        return x > x0 && x < x1 ? Optional.of(TimelineViewModel.Grip.MOVE) : Optional.empty();
    }

    private Optional<LaneBar> barAt(double x, double y, TimelinePainter.Bands bands) {
        for (LaneBar bar : model.lane()) {
            double top = bands.laneRowTop(bar.row());
            double x0 = model.xOf(bar.from(), width());
            double x1 = Math.max(x0 + 3, model.xOf(bar.to(), width()));
            if (y >= top - 1 && y < top + TimelinePainter.LANE_ROW && x >= x0 - 2 && x <= x1 + 2) {
                return Optional.of(bar);
            }
        }
        return Optional.empty();
    }

    private Optional<StepMark> markAt(double x, double y, TimelinePainter.Bands bands) {
        if (y >= bands.laneTop()) {
            return Optional.empty();
        }
        for (StepMark mark : model.marks()) {
            double x0 = model.xOf(mark.fromYear(), width());
            double x1 = Math.max(x0 + 12, model.xOf(mark.toYear() + 1, width()));
            if (x >= x0 - 2 && x <= x1) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    private void installKeys() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int direction = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
            if (direction == 0) {
                return;
            }
            if (e.isShiftDown()) {
                model.resizeBy(direction);
            } else {
                model.moveBy(direction);
            }
            e.consume();
        });
    }
}

package org.solidarityatlas.ui.timeline;
import org.solidarityatlas.ui.text.Texts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.solidarityatlas.graph.YearActivity;

/**
 * Draws the timeline onto its canvas: story marks, the selection lane, the histogram of activity per year with
 * the window as a brush over it, the play head, and the year axis with ticks and decade labels.
 */
final class TimelinePainter {

    static final double MARK_HEIGHT = 12;
    static final double LANE_ROW = 6;
    static final double LANE_TITLE = 14;
    static final double HISTOGRAM_HEIGHT = 46;
    static final double AXIS_HEIGHT = 18;
    /** Pixels either side of a brush edge that grab the edge rather than the middle. */
    static final double EDGE_GRIP = 6;

    /** Colours of relationship types in the lane, the Okabe–Ito set then darker tones. */
    private static final Color[] TYPE_COLOURS = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#7a5195"),
        Color.web("#3d6b35"), Color.web("#a0522d"), Color.web("#4b4b8f"), Color.web("#8c8c3a"),
    };
    private static final Color ENTITY_BAR = Color.web("#2b2b2b");
    private static final Color OUTSIDE = Color.web("#c9d1da");
    private static final Color INSIDE = Color.web("#5d86b3");
    private static final Color BRUSH_FILL = Color.web("#0072B2", 0.10);
    private static final Color BRUSH_EDGE = Color.web("#0072B2");
    private static final Color AXIS = Color.web("#55606b");
    private static final Font SMALL = Font.font("System", 10.5);
    private static final Font PLAY_HEAD = Font.font("System", FontWeight.BOLD, 15);
    /** Half a four-digit year label's width in {@link #SMALL}, with a pixel to spare. */
    private static final double YEAR_LABEL_HALF = 15;
    private static final Color NOTE_GROUND = Color.web("#fbfcfd", 0.9);

    private TimelinePainter() {
    }

    static Color typeColour(int typeIndex) {
        return typeIndex < 0 ? ENTITY_BAR : TYPE_COLOURS[typeIndex % TYPE_COLOURS.length];
    }

    /** Top of each band, from the marks and lane present. */
    record Bands(double marksTop, double laneTop, double histogramTop, double axisTop, double height) {
        static Bands of(TimelineViewModel model) {
            double marks = model.marks().isEmpty() ? 0 : MARK_HEIGHT;
            int rows = model.lane().stream().mapToInt(LaneBar::row).max().orElse(-1) + 1;
            double lane = model.laneTitleProperty().get().isEmpty() ? 0 : LANE_TITLE + rows * LANE_ROW + 2;
            double histogramTop = marks + lane;
            return new Bands(0, marks, histogramTop, histogramTop + HISTOGRAM_HEIGHT,
                    histogramTop + HISTOGRAM_HEIGHT + AXIS_HEIGHT);
        }

        double laneRowTop(int row) {
            return laneTop + LANE_TITLE + row * LANE_ROW;
        }
    }

    static void paint(GraphicsContext g, TimelineViewModel model, double width, double height) {
        g.clearRect(0, 0, width, height);
        YearActivity activity = model.activity();
        g.setFill(Color.web("#fbfcfd"));
        g.fillRect(0, 0, width, height);
        if (!activity.dated()) {
            if (activity.undated() == 0) {
                return; // nothing loaded yet
            }
            g.setFill(AXIS);
            g.setFont(SMALL);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Texts.get("timeline.nothingDated"), 8, height / 2);

            return;
        }
        Bands bands = Bands.of(model);
        histogram(g, model, activity, width, bands);
        axis(g, model, width, bands);
        brush(g, model, width, bands);
        lane(g, model, width, bands);
        marks(g, model, width, bands);
        edgeNotes(g, model, activity, width, bands);
    }

    private static void histogram(GraphicsContext g, TimelineViewModel model, YearActivity activity, double width,
            Bands bands) {
        double most = Math.max(1, activity.mostActive());
        int first = Math.max(activity.firstYear(), (int) Math.floor(model.viewFromProperty().get()));
        int last = Math.min(activity.lastYear(), (int) Math.ceil(model.viewToProperty().get()));
        double bottom = bands.axisTop();
        double room = HISTOGRAM_HEIGHT - 4;
        int from = model.windowFromProperty().get();
        int to = model.windowToProperty().get();
        for (int year = first; year <= last; year++) {
            int count = activity.activeIn(year);
            if (count == 0) {
                continue;
            }
            double x0 = model.xOf(year, width);
            double x1 = model.xOf(year + 1, width);
            double h = Math.max(1, room * count / most);
            g.setFill(year >= from && year <= to ? INSIDE : OUTSIDE);
            g.fillRect(x0, bottom - h, Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0)), h);
        }
    }

    private static void axis(GraphicsContext g, TimelineViewModel model, double width, Bands bands) {
        double perYear = model.xOf(1, width) - model.xOf(0, width);
        int tickStep = step(perYear, 6);
        int labelStep = Math.max(tickStep, step(perYear, 44));
        double top = bands.axisTop();
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(0, top + 0.5, width, top + 0.5);
        g.setFill(AXIS);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int first = (int) Math.floor(model.viewFromProperty().get());
        int last = (int) Math.ceil(model.viewToProperty().get());
        for (int year = first - Math.floorMod(first, tickStep); year <= last; year += tickStep) {
            double x = Math.round(model.xOf(year, width)) + 0.5;
            boolean labelled = Math.floorMod(year, labelStep) == 0;
            g.strokeLine(x, top, x, top + (labelled ? 5 : 3));
            // A label the canvas's edge would cut is left out; its tick stays.
            if (labelled && x - YEAR_LABEL_HALF >= 0 && x + YEAR_LABEL_HALF <= width) {
                g.fillText(Integer.toString(year), x, top + 5);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... years that puts at least {@code pixels} between marks. */
    static int step(double pixelsPerYear, double pixels) {
        int[] bases = {1, 2, 5};
        for (int scale = 1; scale <= 1000; scale *= 10) {
            for (int base : bases) {
                if (base * scale * pixelsPerYear >= pixels) {
                    return base * scale;
                }
            }
        }
        return 5000;
    }

    private static void brush(GraphicsContext g, TimelineViewModel model, double width, Bands bands) {
        double x0 = model.xOf(model.windowFromProperty().get(), width);
        double x1 = model.xOf(model.windowToProperty().get() + 1, width);
        double top = bands.histogramTop();
        double bottom = bands.axisTop();
        g.setFill(BRUSH_FILL);
        g.fillRect(x0, top, x1 - x0, bottom - top);
        g.setStroke(BRUSH_EDGE);
        g.setLineWidth(2);
        g.strokeLine(x0, top, x0, bottom);
        g.strokeLine(x1, top, x1, bottom);
        g.setFill(BRUSH_EDGE);
        double handle = (top + bottom) / 2;
        g.fillRoundRect(x0 - 3, handle - 8, 6, 16, 3, 3);
        g.fillRoundRect(x1 - 3, handle - 8, 6, 16, 3, 3);
        if (model.playingProperty().get()) {
            // The play head: the window's years, large, on the timeline rather than over the network.
            String text = model.windowTextProperty().get();
            g.setFont(PLAY_HEAD);
            g.setTextBaseline(VPos.TOP);
            boolean roomRight = x1 + 90 < width;
            g.setTextAlign(roomRight ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.setFill(Color.web("#1d2a36"));
            g.fillText(text, roomRight ? x1 + 6 : x0 - 6, top + 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private static void lane(GraphicsContext g, TimelineViewModel model, double width, Bands bands) {
        String title = model.laneTitleProperty().get();
        if (title.isEmpty()) {
            return;
        }
        g.setFill(AXIS);
        g.setFont(SMALL);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 4, bands.laneTop() + 1);
        for (LaneBar bar : model.lane()) {
            double x0 = model.xOf(bar.from(), width);
            double x1 = Math.max(x0 + 3, model.xOf(bar.to(), width));
            g.setFill(typeColour(bar.typeIndex()));
            g.fillRect(x0, bands.laneRowTop(bar.row()), x1 - x0, LANE_ROW - 2);
        }
    }

    private static void marks(GraphicsContext g, TimelineViewModel model, double width, Bands bands) {
        g.setFont(SMALL);
        g.setTextBaseline(VPos.TOP);
        for (StepMark mark : model.marks()) {
            double x0 = model.xOf(mark.fromYear(), width);
            double x1 = model.xOf(mark.toYear() + 1, width);
            g.setFill(Color.web("#D55E00", 0.25));
            g.fillRect(x0, bands.marksTop() + 2, Math.max(3, x1 - x0), MARK_HEIGHT - 4);
            g.setFill(Color.web("#D55E00"));
            g.fillPolygon(new double[] {x0, x0 + 8, x0}, new double[] {bands.marksTop(), bands.marksTop(),
                bands.marksTop() + MARK_HEIGHT}, 3);
            g.fillText(Integer.toString(mark.index() + 1), x0 + 9, bands.marksTop());
        }
    }

    /** When the view does not reach the span's ends, says how far the data goes ("◀ 1789", "2036 ▶"). */
    private static void edgeNotes(GraphicsContext g, TimelineViewModel model, YearActivity activity, double width,
            Bands bands) {
        g.setFont(SMALL);
        g.setFill(AXIS);
        g.setTextBaseline(VPos.TOP);
        double y = bands.histogramTop() + 2;
        // On a ground of their own: the histogram's bars may reach the top where they are written.
        if (model.viewFromProperty().get() > activity.firstYear() + 0.01) {
            String note = "◀ " + activity.firstYear();
            g.setFill(NOTE_GROUND);
            g.fillRect(0, y - 1, textWidth(note) + 6, 14);
            g.setFill(AXIS);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(note, 3, y);
        }
        if (model.viewToProperty().get() < activity.lastYear() + 0.99) {
            String note = activity.lastYear() + " ▶";
            double w = textWidth(note) + 6;
            g.setFill(NOTE_GROUND);
            g.fillRect(width - w, y - 1, w, 14);
            g.setFill(AXIS);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(note, width - 3, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static double textWidth(String text) {
        javafx.scene.text.Text measured = new javafx.scene.text.Text(text);
        measured.setFont(SMALL);
        return measured.getLayoutBounds().getWidth();
    }
}

package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.graphstream.graph.Element;
import org.graphstream.ui.graphicGraph.GraphicEdge;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.graphicGraph.StyleGroup;

/**
 * Draws the labels of nodes and edges with {@code fillText}, only where the stylesheet shows them at the camera's
 * zoom, with widths measured once per text ({@link LabelMetrics}). When the frame places labels (presentation,
 * slides, and any network small enough), {@link LabelLayout#place} decides where each goes and which are left out,
 * so that none overlaps another, a node or the area's edge. On a crowded network a node label that would overlap
 * one already drawn is left out instead (see {@link LabelSpacing}), except the selection's, the highlighted, the
 * hovered and the newly joined. Edge labels come last, clear of the node labels.
 */
final class LabelLayer {

    /** Above this many nodes a node label that would overlap one already drawn is left out. */
    static final int CROWDED_ABOVE = 150;
    /**
     * Where an entity's shorter alias is kept on its node, for when its name has no room ("ui." so that GraphStream
     * copies it to the graph it draws from).
     */
    static final String ALIAS_ATTRIBUTE = "ui.alias";
    private static final Set<String> ALWAYS_LABELLED = Set.of("selected", "highlighted", "hovered", "joined");
    /** Along an edge, from its middle outwards: where its label may go. */
    private static final double[] ALONG_EDGE = {0.5, 0.4, 0.6, 0.3, 0.7};
    private static final Color LEADER = Color.rgb(31, 31, 31, 0.55);

    private final DrawingFrame frame;
    private final LabelMetrics metrics = new LabelMetrics();
    private final double[] geometry = new double[8];
    /** Node label boxes drawn so far in this frame, to keep a crowded network's labels from piling up. */
    private final List<double[]> drawnLabelBoxes = new ArrayList<>();
    /** What edge labels must keep clear of: the node labels (and, when placed, the nodes) of this frame. */
    private OccupiedArea occupied;
    private Set<String> first = Set.of();
    private Set<String> next = Set.of();

    LabelLayer(DrawingFrame frame) {
        this.frame = frame;
    }

    /**
     * Entities whose labels go first and are never left out ({@code first}: a presentation step's focus), and those
     * that go next ({@code next}: the neighbours it frames).
     */
    void setPriorities(Set<String> first, Set<String> next) {
        this.first = Set.copyOf(first);
        this.next = Set.copyOf(next);
    }

    /** A new frame: no label drawn yet. */
    void begin() {
        drawnLabelBoxes.clear();
        occupied = null;
    }

    /** The group's font, with text placed from its left end on its baseline, as the label boxes assume. */
    private static void useFont(GraphicsContext g, GroupLook look) {
        g.setFont(look.font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** A node label waiting to be placed, with what drawing it needs. */
    private record Candidate(GraphicNode node, GroupLook look, StyleGroup group) {
    }

    /**
     * Places the node labels of all {@code groups} together (see {@link LabelLayout#place}) and draws them: the
     * labels of a presentation's focus always, the others where they overlap nothing.
     */
    void drawPlacedNodeLabels(GraphicsContext g, List<StyleGroup> groups,
            java.util.function.Consumer<StyleGroup> markGroup) {
        occupied = new OccupiedArea();
        List<Candidate> candidates = new ArrayList<>();
        List<LabelLayout.Wanted> wanted = new ArrayList<>();
        ScreenRect view = new ScreenRect(0, 0, frame.viewWidth, frame.viewHeight);
        for (StyleGroup group : groups) {
            GroupLook look = frame.look(group);
            boolean texts = look.textVisibleAt(frame.zoom);
            double ascent = metrics.ascent(look.font);
            double descent = metrics.descent(look.font);
            for (Element element : group.elements()) {
                GraphicNode node = (GraphicNode) element;
                if (node.hidden || !node.positionned) {
                    continue;
                }
                double x = frame.pxX(node.x, node.y);
                double y = frame.pxY(node.x, node.y);
                // The disc the node's shape, stroke and halo fit in.
                double r = frame.sizeOf(node, look) / 2 + look.strokeWidth / 2 + look.shadowWidth;
                if (x + r < 0 || y + r < 0 || x - r > view.width() || y - r > view.height()) {
                    continue;
                }
                occupied.addDisc(x, y, r);
                String label = node.label;
                if (!texts || label == null || label.isEmpty() || !near(x, y, view)) {
                    continue;
                }
                List<String> options = new ArrayList<>(2);
                options.add(label);
                Object alias = node.getAttribute(ALIAS_ATTRIBUTE);
                if (alias instanceof String shorter && !shorter.isEmpty() && shorter.length() < label.length()) {
                    options.add(shorter);
                }
                double[] widths = new double[options.size()];
                for (int k = 0; k < widths.length; k++) {
                    widths[k] = metrics.width(look.font, options.get(k)) + 2 * look.textPadX;
                }
                candidates.add(new Candidate(node, look, group));
                wanted.add(new LabelLayout.Wanted(x, y, r, options, widths, ascent + descent + 2 * look.textPadY,
                        rank(node), node.getDegree()));
            }
        }
        List<LabelLayout.Placed> placements = LabelLayout.place(wanted, occupied, frame.labelArea,
                !frame.presentationLabels);
        // Leader lines first, under every label.
        for (LabelLayout.Placed placed : placements) {
            if (placed.away()) {
                markGroup.accept(candidates.get(placed.index()).group());
                leaderLine(g, wanted.get(placed.index()), placed.box());
            }
        }
        GroupLook current = null;
        for (LabelLayout.Placed placed : placements) {
            Candidate candidate = candidates.get(placed.index());
            GroupLook look = candidate.look();
            // The group's marks (ended ones fading, those outside the filters pale) apply to its labels too.
            markGroup.accept(candidate.group());
            if (look != current) {
                useFont(g, look);
                current = look;
            }
            ScreenRect box = placed.box();
            double[] asArray = {box.left(), box.top(), box.width(), box.height()};
            double ascent = metrics.ascent(look.font);
            double descent = metrics.descent(look.font);
            drawLabel(g, look, placed.text(), asArray, box.left() + look.textPadX, box.top() + box.height() / 2,
                    ascent, descent);
            recordNodeLabel(candidate.node().getId(), placed.text(), asArray);
        }
    }

    /** A thin line from the node's edge to the nearest point of a label that had to go further away. */
    private static void leaderLine(GraphicsContext g, LabelLayout.Wanted node, ScreenRect box) {
        double toX = Math.max(box.left(), Math.min(node.x(), box.right()));
        double toY = Math.max(box.top(), Math.min(node.y(), box.bottom()));
        double dx = toX - node.x();
        double dy = toY - node.y();
        double length = Math.hypot(dx, dy);
        if (length <= node.radius()) {
            return;
        }
        g.setStroke(LEADER);
        g.setLineWidth(1);
        g.strokeLine(node.x() + dx / length * node.radius(), node.y() + dy / length * node.radius(), toX, toY);
    }

    /** A node close enough to the view for its label to reach into it (no label is wider than the view). */
    private static boolean near(double x, double y, ScreenRect view) {
        return x > -view.width() && x < 2 * view.width() && y > -view.height() && y < 2 * view.height();
    }

    /** The label's rank: the first entities, the selection and the hovered never left out; the next, the marked. */
    private int rank(GraphicNode node) {
        String id = node.getId();
        if (first.contains(id) || hasClass(node, "selected") || hasClass(node, "hovered")) {
            return LabelLayout.NEVER_LEFT_OUT;
        }
        if (next.contains(id) || hasClass(node, "highlighted") || hasClass(node, "joined")) {
            return LabelLayout.IMPORTANT;
        }
        return LabelLayout.ORDINARY;
    }

    /** Draws a crowded network's node labels of one group beside their nodes, leaving out those that pile up. */
    void drawNodeLabels(GraphicsContext g, StyleGroup group) {
        GroupLook look = frame.look(group);
        if (!look.textVisibleAt(frame.zoom)) {
            return;
        }
        double ascent = metrics.ascent(look.font);
        double descent = metrics.descent(look.font);
        useFont(g, look);
        for (Element element : group.elements()) {
            GraphicNode node = (GraphicNode) element;
            String label = node.label;
            if (node.hidden || !node.positionned || label == null || label.isEmpty()) {
                continue;
            }
            double x = frame.pxX(node.x, node.y);
            double y = frame.pxY(node.x, node.y);
            double r = frame.sizeOf(node, look) / 2;
            double viewWidth = frame.viewWidth;
            // Cheap rejection before measuring: no label reaches further than the view is wide.
            if (y < -r - 2 * (ascent + descent) || y > frame.viewHeight + r + 2 * (ascent + descent)
                    || x < -viewWidth || x > viewWidth + r + viewWidth) {
                continue;
            }
            double width = metrics.width(look.font, label);
            double left;
            double middle;
            switch (look.textAlignment) {
                case AT_RIGHT, RIGHT -> {
                    left = x + r + look.textOffsetX;
                    middle = y + look.textOffsetY;
                }
                case AT_LEFT, LEFT -> {
                    left = x - r - look.textOffsetX - width;
                    middle = y + look.textOffsetY;
                }
                case ABOVE -> {
                    left = x - width / 2 + look.textOffsetX;
                    middle = y - r - (ascent + descent) / 2 - look.textPadY - look.textOffsetY;
                }
                case UNDER -> {
                    left = x - width / 2 + look.textOffsetX;
                    middle = y + r + (ascent + descent) / 2 + look.textPadY + look.textOffsetY;
                }
                default -> {
                    left = x - width / 2 + look.textOffsetX;
                    middle = y + look.textOffsetY;
                }
            }
            double[] box = labelBox(look, left, middle, width, ascent, descent);
            if (box[0] + box[2] > frame.viewWidth && box[0] < frame.viewWidth) {
                // Cut by the view's right edge: on the node's left it shows whole.
                left = x - r - look.textOffsetX - width;
                box = labelBox(look, left, middle, width, ascent, descent);
            }
            boolean keep = !frame.crowded || alwaysLabelled(node) || !overlapsDrawnLabel(box);
            if (keep && drawLabel(g, look, label, box, left, middle, ascent, descent)) {
                drawnLabelBoxes.add(box);
                recordNodeLabel(node.getId(), label, box);
            }
        }
    }

    private void recordNodeLabel(String id, String text, double[] box) {
        frame.counts.labelBoxes.add(box);
        frame.counts.labels.add(new DrawnLabel(id, true, text, box[0], box[1], box[2], box[3]));
        frame.counts.nodeLabels++;
    }

    /**
     * Draws the edge labels of one group where they cover no node label (and, when labels are placed, no node):
     * at the edge's middle, else a little towards either end; else left out. Called after every node label.
     */
    void drawEdgeLabels(GraphicsContext g, StyleGroup group) {
        GroupLook look = frame.look(group);
        if (!look.textVisibleAt(frame.zoom)) {
            return;
        }
        double ascent = metrics.ascent(look.font);
        double descent = metrics.descent(look.font);
        useFont(g, look);
        for (Element element : group.elements()) {
            GraphicEdge edge = (GraphicEdge) element;
            String label = edge.label;
            if (label == null || label.isEmpty() || !DrawingFrame.drawable(edge)) {
                continue;
            }
            double[] p = geometry;
            boolean curve = frame.edgeGeometry(edge, p);
            double[] points = new double[2 * ALONG_EDGE.length];
            for (int k = 0; k < ALONG_EDGE.length; k++) {
                double t = ALONG_EDGE[k];
                if (curve) {
                    double u = 1 - t;
                    points[2 * k] = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
                    points[2 * k + 1] = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5]
                            + t * t * t * p[7];
                } else {
                    points[2 * k] = p[0] + (p[6] - p[0]) * t;
                    points[2 * k + 1] = p[1] + (p[7] - p[1]) * t;
                }
                points[2 * k] += look.textOffsetX;
                points[2 * k + 1] += look.textOffsetY;
            }
            double width = metrics.width(look.font, label);
            double boxWidth = width + 2 * look.textPadX;
            double boxHeight = ascent + descent + 2 * look.textPadY;
            ScreenRect box = LabelLayout.placeOnEdge(points, boxWidth, boxHeight, occupiedByNodeLabels(),
                    frame.labelArea);
            if (box == null) {
                continue;
            }
            double[] asArray = {box.left(), box.top(), box.width(), box.height()};
            if (drawLabel(g, look, label, asArray, box.left() + look.textPadX, box.top() + boxHeight / 2, ascent,
                    descent)) {
                frame.counts.edgeLabels++;
                frame.counts.labels.add(new DrawnLabel(edge.getId(), false, label, box.left(), box.top(),
                        box.width(), box.height()));
            }
        }
    }

    /** The node labels drawn (and, when placed, the nodes), gathered once a frame when an edge label needs them. */
    private OccupiedArea occupiedByNodeLabels() {
        if (occupied == null) {
            occupied = new OccupiedArea();
            for (double[] box : drawnLabelBoxes) {
                occupied.addBox(new ScreenRect(box[0], box[1], box[2], box[3]));
            }
        }
        return occupied;
    }

    /**
     * True when the box {@code [left, top, width, height]} overlaps a node label drawn earlier in this frame. On a
     * large network the hubs' labels would otherwise pile up in its dense centre; the first drawn keeps its place.
     */
    private boolean overlapsDrawnLabel(double[] box) {
        for (double[] drawn : drawnLabelBoxes) {
            if (box[0] < drawn[0] + drawn[2] && drawn[0] < box[0] + box[2]
                    && box[1] < drawn[1] + drawn[3] && drawn[1] < box[1] + box[3]) {
                return true;
            }
        }
        return false;
    }

    /** The selection, what it highlights, what is hovered and what just joined keep their labels regardless. */
    private static boolean alwaysLabelled(GraphicNode node) {
        for (String name : ALWAYS_LABELLED) {
            if (hasClass(node, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClass(GraphicNode node, String name) {
        Object classes = node.getAttribute("ui.class");
        if (classes == null) {
            return false;
        }
        for (String each : classes.toString().split(",")) {
            if (each.strip().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The box {@code [left, top, width, height]} a label's text and padding take, its text from {@code left}. */
    private static double[] labelBox(GroupLook look, double left, double middle, double width, double ascent,
            double descent) {
        return new double[] {left - look.textPadX, middle - (ascent + descent) / 2 - look.textPadY,
            width + 2 * look.textPadX, ascent + descent + 2 * look.textPadY};
    }

    /** A label in its box, its text from {@code left} centred on {@code middle}; false when off the view. */
    private boolean drawLabel(GraphicsContext g, GroupLook look, String label, double[] box, double left,
            double middle, double ascent, double descent) {
        double boxLeft = box[0];
        double boxTop = box[1];
        double boxWidth = box[2];
        double boxHeight = box[3];
        if (boxLeft > frame.viewWidth || boxLeft + boxWidth < 0 || boxTop > frame.viewHeight
                || boxTop + boxHeight < 0) {
            return false;
        }
        if (look.textBackground != null) {
            g.setFill(look.textBackground);
            if (look.roundedTextBackground) {
                g.fillRoundRect(boxLeft, boxTop, boxWidth, boxHeight, 6, 6);
            } else {
                g.fillRect(boxLeft, boxTop, boxWidth, boxHeight);
            }
            frame.counts.paths++;
        }
        g.setFill(look.textColour == null ? Color.BLACK : look.textColour);
        g.fillText(label, left, middle - (ascent + descent) / 2 + ascent);
        return true;
    }
}

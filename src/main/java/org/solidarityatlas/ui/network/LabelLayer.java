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
 * zoom, with widths measured once per text ({@link LabelMetrics}). On a crowded network a node label that would
 * overlap one already drawn is left out (see {@link LabelSpacing}), except the selection's, the highlighted, the
 * hovered and the newly joined.
 */
final class LabelLayer {

    /** Above this many nodes a node label that would overlap one already drawn is left out. */
    static final int CROWDED_ABOVE = 150;
    private static final Set<String> ALWAYS_LABELLED = Set.of("selected", "highlighted", "hovered", "joined");

    private final DrawingFrame frame;
    private final LabelMetrics metrics = new LabelMetrics();
    private final double[] geometry = new double[8];
    /** Node label boxes drawn so far in this frame, to keep a crowded network's labels from piling up. */
    private final List<double[]> drawnLabelBoxes = new ArrayList<>();

    LabelLayer(DrawingFrame frame) {
        this.frame = frame;
    }

    /** A new frame: no label drawn yet. */
    void begin() {
        drawnLabelBoxes.clear();
    }

    /** The group's font, with text placed from its left end on its baseline, as the label boxes assume. */
    private static void useFont(GraphicsContext g, GroupLook look) {
        g.setFont(look.font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

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
            boolean keep = !frame.crowded || alwaysLabelled(node) || !overlapsDrawnLabel(box);
            if (keep && drawLabel(g, look, label, box, left, middle, ascent, descent)) {
                drawnLabelBoxes.add(box);
                frame.counts.labelBoxes.add(box);
                frame.counts.nodeLabels++;
            }
        }
    }

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
            double x;
            double y;
            if (curve) {
                // The curve's point half way along its parameter.
                x = 0.125 * p[0] + 0.375 * p[2] + 0.375 * p[4] + 0.125 * p[6];
                y = 0.125 * p[1] + 0.375 * p[3] + 0.375 * p[5] + 0.125 * p[7];
            } else {
                x = (p[0] + p[6]) / 2;
                y = (p[1] + p[7]) / 2;
            }
            double width = metrics.width(look.font, label);
            double left = x - width / 2 + look.textOffsetX;
            double middle = y + look.textOffsetY;
            if (drawLabel(g, look, label, labelBox(look, left, middle, width, ascent, descent), left, middle, ascent,
                    descent)) {
                frame.counts.edgeLabels++;
            }
        }
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
        Object classes = node.getAttribute("ui.class");
        if (classes == null) {
            return false;
        }
        for (String name : classes.toString().split(",")) {
            if (ALWAYS_LABELLED.contains(name.strip())) {
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

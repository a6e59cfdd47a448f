package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;

import org.graphstream.graph.Element;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants;

/**
 * Draws the nodes of a style group, and their shadows. Hidden and off-screen nodes are skipped; a group with many
 * visible nodes is drawn a few dozen nodes to a path (a fill and an outline each), the outline of opaque round or
 * square nodes painted as a second fill, which rasterizes several times faster than a stroke; small groups are
 * drawn node by node, so overlaps stack exactly as before; nodes of a few pixels are plain squares.
 */
final class NodeLayer {

    /** Style groups with more visible nodes (or shadows) than this are drawn a few dozen nodes to a path. */
    static final int BATCH_NODES = 100;
    /** Nodes of a large group are drawn this many to a path. */
    static final int NODES_PER_PATH = 64;
    /** Nodes smaller than this many pixels are drawn as plain squares: their shape could not be told anyway. */
    static final double CHEAP_NODE_PX = 4;

    private final DrawingFrame frame;
    private final List<GraphicNode> nodesToDraw = new ArrayList<>();

    NodeLayer(DrawingFrame frame) {
        this.frame = frame;
    }

    /** Visible nodes of the group within {@code margin} pixels of the view, into {@link #nodesToDraw}. */
    private void collect(StyleGroup group, GroupLook look, double margin) {
        nodesToDraw.clear();
        for (Element element : group.elements()) {
            GraphicNode node = (GraphicNode) element;
            if (node.hidden || !node.positionned) {
                continue;
            }
            double r = frame.sizeOf(node, look) / 2 + margin;
            double x = frame.pxX(node.x, node.y);
            double y = frame.pxY(node.x, node.y);
            if (x + r >= 0 && x - r <= frame.viewWidth && y + r >= 0 && y - r <= frame.viewHeight) {
                nodesToDraw.add(node);
            }
        }
    }

    void drawShadows(GraphicsContext g, StyleGroup group) {
        GroupLook look = frame.look(group);
        if (look.shadow == null) {
            return;
        }
        collect(group, look, look.shadowWidth + Math.abs(look.shadowOffsetX) + Math.abs(look.shadowOffsetY));
        if (nodesToDraw.isEmpty()) {
            return;
        }
        // Round and square shapes grow by the shadow's width on each side, the pointed ones by half of it.
        boolean rounded = look.shape == StyleConstants.Shape.CIRCLE || look.shape == StyleConstants.Shape.BOX
                || look.shape == StyleConstants.Shape.ROUNDED_BOX;
        double grow = rounded ? 2 * look.shadowWidth : look.shadowWidth;
        g.setFill(look.shadow);
        boolean batch = nodesToDraw.size() > BATCH_NODES;
        if (batch) {
            g.beginPath();
        }
        for (GraphicNode node : nodesToDraw) {
            if (!batch) {
                g.beginPath();
            }
            double size = frame.sizeOf(node, look) + grow;
            // Offsets are in layout units' direction: up is positive.
            addShape(g, look.shape, frame.pxX(node.x, node.y) + look.shadowOffsetX,
                    frame.pxY(node.x, node.y) - look.shadowOffsetY, size);
            if (!batch) {
                g.fill();
                frame.counts.paths++;
            }
        }
        if (batch) {
            g.fill();
            frame.counts.paths++;
        }
    }

    void draw(GraphicsContext g, StyleGroup group) {
        GroupLook look = frame.look(group);
        collect(group, look, look.strokeWidth);
        if (nodesToDraw.isEmpty()) {
            return;
        }
        NetworkRenderer.FrameCounts counts = frame.counts;
        counts.nodes += nodesToDraw.size();
        if (look.stroke != null) {
            g.setStroke(look.stroke);
            g.setLineWidth(look.strokeWidth);
        }
        if (look.fill != null) {
            g.setFill(look.fill);
        }
        if (nodesToDraw.size() <= BATCH_NODES) {
            for (GraphicNode node : nodesToDraw) {
                double size = frame.sizeOf(node, look);
                boolean cheap = size < CHEAP_NODE_PX;
                g.beginPath();
                addShape(g, cheap ? StyleConstants.Shape.BOX : look.shape, frame.pxX(node.x, node.y),
                        frame.pxY(node.x, node.y), size);
                if (look.fill != null) {
                    g.fill();
                    counts.paths++;
                }
                if (look.stroke != null && !cheap) {
                    g.stroke();
                    counts.paths++;
                }
                counts.cheapNodes += cheap ? 1 : 0;
            }
            return;
        }
        // A few dozen nodes per path: few enough that nodes of one path rarely overlap, so each node's outline
        // still separates it from those it overlaps, as when each node was drawn on its own.
        for (int from = 0; from < nodesToDraw.size(); from += NODES_PER_PATH) {
            List<GraphicNode> chunk = nodesToDraw.subList(from, Math.min(nodesToDraw.size(), from + NODES_PER_PATH));
            if (outlineByFills(look)) {
                drawOutlinedByFills(g, look, chunk);
            } else {
                drawFilledAndStroked(g, look, chunk);
            }
        }
    }

    private void drawFilledAndStroked(GraphicsContext g, GroupLook look, List<GraphicNode> chunk) {
        if (look.fill != null) {
            g.setFill(look.fill);
            g.beginPath();
            for (GraphicNode node : chunk) {
                double size = frame.sizeOf(node, look);
                boolean cheap = size < CHEAP_NODE_PX;
                addShape(g, cheap ? StyleConstants.Shape.BOX : look.shape, frame.pxX(node.x, node.y),
                        frame.pxY(node.x, node.y), size);
                frame.counts.cheapNodes += cheap ? 1 : 0;
            }
            g.fill();
            frame.counts.paths++;
        }
        if (look.stroke != null) {
            g.beginPath();
            for (GraphicNode node : chunk) {
                double size = frame.sizeOf(node, look);
                if (size >= CHEAP_NODE_PX) {
                    addShape(g, look.shape, frame.pxX(node.x, node.y), frame.pxY(node.x, node.y), size);
                }
            }
            g.stroke();
            frame.counts.paths++;
        }
    }

    /**
     * Whether an outline can be drawn as a fill: opaque colours, and a shape whose outline grown by half the stroke
     * is the same shape larger (a circle or a square). Stroking a path costs the rasterizer several times what
     * filling one does: the outline of every node becomes two polygons, joined at every corner.
     */
    private static boolean outlineByFills(GroupLook look) {
        return look.stroke != null && look.fill != null && look.stroke.isOpaque() && look.fill.isOpaque()
                && (look.shape == StyleConstants.Shape.CIRCLE || look.shape == StyleConstants.Shape.BOX);
    }

    /**
     * Many opaque, outlined nodes: the outline colour filled over the shape grown by half the stroke width, then
     * the fill colour over the shape shrunk by as much, which paints the same pixels as a fill and a stroke.
     */
    private void drawOutlinedByFills(GraphicsContext g, GroupLook look, List<GraphicNode> chunk) {
        g.setFill(look.stroke);
        g.beginPath();
        for (GraphicNode node : chunk) {
            double size = frame.sizeOf(node, look);
            if (size >= CHEAP_NODE_PX) {
                addShape(g, look.shape, frame.pxX(node.x, node.y), frame.pxY(node.x, node.y),
                        size + look.strokeWidth);
            }
        }
        g.fill();
        g.setFill(look.fill);
        g.beginPath();
        for (GraphicNode node : chunk) {
            double size = frame.sizeOf(node, look);
            boolean cheap = size < CHEAP_NODE_PX;
            double inner = cheap ? size : size - look.strokeWidth;
            if (inner > 0) {
                addShape(g, cheap ? StyleConstants.Shape.BOX : look.shape, frame.pxX(node.x, node.y),
                        frame.pxY(node.x, node.y), inner);
            }
            frame.counts.cheapNodes += cheap ? 1 : 0;
        }
        g.fill();
        frame.counts.paths += 2;
    }

    /** Adds the outline of a node shape of diameter {@code size} centred on a pixel to the current path. */
    private static void addShape(GraphicsContext g, StyleConstants.Shape shape, double x, double y, double size) {
        double h = size / 2;
        switch (shape) {
            case BOX, ROUNDED_BOX -> {
                g.moveTo(x - h, y - h);
                g.lineTo(x + h, y - h);
                g.lineTo(x + h, y + h);
                g.lineTo(x - h, y + h);
                g.closePath();
            }
            case DIAMOND -> {
                g.moveTo(x - h, y);
                g.lineTo(x, y - h);
                g.lineTo(x + h, y);
                g.lineTo(x, y + h);
                g.closePath();
            }
            case TRIANGLE -> {
                // Pointing up.
                g.moveTo(x, y - h);
                g.lineTo(x + h, y + h);
                g.lineTo(x - h, y + h);
                g.closePath();
            }
            case CROSS -> {
                // A saltire: two diagonal bars, walked round its twelve corners.
                double notch = 0.3 * size;
                double waist = 0.2 * size;
                g.moveTo(x - h, y - notch);
                g.lineTo(x - notch, y - h);
                g.lineTo(x, y - waist);
                g.lineTo(x + notch, y - h);
                g.lineTo(x + h, y - notch);
                g.lineTo(x + waist, y);
                g.lineTo(x + h, y + notch);
                g.lineTo(x + notch, y + h);
                g.lineTo(x, y + waist);
                g.lineTo(x - notch, y + h);
                g.lineTo(x - h, y + notch);
                g.lineTo(x - waist, y);
                g.closePath();
            }
            default -> {
                g.moveTo(x + h, y);
                g.arc(x, y, h, h, 0, 360);
                g.closePath();
            }
        }
    }

    /**
     * Distance from a node's centre to its outline in the direction {@code (dx, dy)} (a unit vector), for arrows
     * to end on the outline.
     */
    static double radiusTowards(StyleConstants.Shape shape, double size, double dx, double dy) {
        double h = size / 2;
        double ax = Math.abs(dx);
        double ay = Math.abs(dy);
        return switch (shape) {
            case BOX, ROUNDED_BOX -> h / Math.max(Math.max(ax, ay), 1e-9);
            case DIAMOND -> h / Math.max(ax + ay, 1e-9);
            default -> h;
        };
    }
}

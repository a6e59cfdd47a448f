package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import javafx.scene.transform.Affine;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.graphstream.graph.Element;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.graphicGraph.GraphicEdge;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.Selector;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants;
import org.graphstream.ui.graphicGraph.stylesheet.Value;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.camera.DefaultCamera2D;

/**
 * Draws the network with the canvas directly, in place of GraphStream's per-element renderers, which build shape
 * and text objects for every element on every frame and walk hidden ones too. GraphStream stays the graph model,
 * the stylesheet engine (style groups by class) and the camera; this class reads each style group once per frame
 * and draws its elements in the stylesheet's z order, shadows first, as GraphStream does.
 *
 * <p>What keeps a frame cheap on the software pipeline, where rasterizing each path has a fixed cost:
 * <ul>
 * <li>hidden and off-screen elements are skipped with a flag or two comparisons;</li>
 * <li>a style group with many visible nodes is drawn a few dozen nodes to a path (a fill and an outline each),
 * and the outline of opaque round or square nodes is painted as a second fill, which rasterizes several times
 * faster than a stroke; small groups are drawn node by node, so overlaps stack exactly as before;</li>
 * <li>a style group with many visible edges is drawn by {@link EdgeRaster} into one image laid on the canvas,
 * arrowheads included: no path per edge, and no path whose scanlines cross thousands of edges;</li>
 * <li>while the camera moves, those many edges are drawn a pixel thick without arrowheads, and drawn again in full
 * once it has rested for a moment;</li>
 * <li>nodes smaller than a few pixels are plain squares without outline;</li>
 * <li>labels are drawn with {@code fillText} only where the stylesheet shows them at the camera's zoom, with
 * widths measured once per text ({@link LabelMetrics}).</li>
 * </ul>
 */
final class NetworkRenderer extends FxGraphRenderer {

    /** Style groups with more visible nodes (or shadows) than this are drawn as one path each. */
    static final int BATCH_NODES = 100;
    /** Style groups with more visible edges than this are stroked as one path (and their arrows filled as one). */
    static final int BATCH_EDGES = 600;
    /** Nodes of a large group are drawn this many to a path. */
    static final int NODES_PER_PATH = 64;
    /** Nodes smaller than this many pixels are drawn as plain squares: their shape could not be told anyway. */
    static final double CHEAP_NODE_PX = 4;
    /** How long the camera must rest before a frame drawn while it moved is drawn again in full. */
    private static final Duration STILL_AFTER = Duration.millis(150);
    /** Above this many edges held, large groups' edges are always drawn simply on screen (exports stay full). */
    static final int SIMPLE_EDGES_ABOVE = 12_000;
    /** Above this many nodes a node label that would overlap one already drawn is left out (see LabelSpacing). */
    static final int CROWDED_ABOVE = 150;
    private static final Set<String> ALWAYS_LABELLED = Set.of("selected", "highlighted", "hovered", "joined");
    /** An arrowhead is left out when its edge shows shorter than this many arrow lengths between the nodes. */
    private static final double MIN_ARROW_ROOM = 1.5;

    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<StyleGroup, GroupLook> looks = new IdentityHashMap<>();
    private final LabelMetrics metrics = new LabelMetrics();
    private final List<GraphicNode> nodesToDraw = new ArrayList<>();
    private final List<GraphicEdge> edgesToDraw = new ArrayList<>();
    private final double[] geometry = new double[8];
    private final double[] arrow = new double[6];
    private final List<EdgeRaster> rasters = new ArrayList<>();
    private int rastersUsed;
    private double drawScale = 1;
    /** The camera of the last frame drawn on screen (centre, zoom, view size), to tell when it moves. */
    private final double[] lastCamera = new double[5];
    private boolean moving;
    /** Large groups' edges drawn one pixel wide without anti-aliasing or arrowheads (moving, or very many). */
    private boolean simpleEdges;
    /** Node label boxes drawn so far in this frame, to keep a crowded network's labels from piling up. */
    private final List<double[]> drawnLabelBoxes = new ArrayList<>();
    private int simpleEdgesAbove = SIMPLE_EDGES_ABOVE;
    private final PauseTransition stillAgain = new PauseTransition(STILL_AFTER);
    private FrameCounts counts = new FrameCounts();
    private FrameCounts lastFrame = new FrameCounts();
    private long framesDrawn;

    // Graph units to pixels for the frame being drawn.
    private double mxx;
    private double mxy;
    private double myx;
    private double myy;
    private double tx;
    private double ty;
    private double viewWidth;
    private double viewHeight;
    private double pxPerUnit;
    private double zoom;

    /** What one frame drew: deterministic evidence of the level of detail, for tests and measurements. */
    static final class FrameCounts {
        int nodes;
        int cheapNodes;
        int edges;
        int arrows;
        int nodeLabels;
        int edgeLabels;
        /** Paths filled or stroked, text backgrounds included: the rasterizer's unit of work. */
        int paths;
        /** Drawn while the camera moved: large groups' edges without anti-aliasing or arrowheads. */
        boolean moving;
        /** The node label boxes drawn, {@code [left, top, width, height]} in pixels. */
        final List<double[]> labelBoxes = new ArrayList<>();
        /** Images laid on the canvas, and the pixels blended into them (edges of large groups). */
        int images;
        long rasterPixels;

        @Override
        public String toString() {
            return (moving ? "moving: " : "still: ") + nodes + " nodes (" + cheapNodes + " cheap), " + edges + " edges, " + arrows + " arrows, "
                    + nodeLabels + " node labels, " + edgeLabels + " edge labels, " + paths + " paths, " + images
                    + " images (" + rasterPixels + " pixels blended)";
        }
    }

    @Override
    public void open(GraphicGraph graph, Pane drawingSurface) {
        super.open(graph, drawingSurface);
        camera = new UncheckedCamera(graph);
    }

    @Override
    public void close() {
        // GraphStream's close removes the per-group renderers it attaches while drawing; this class attaches none.
        if (graph != null) {
            graph.getStyleGroups().removeListener(this);
            backend.close();
            graph = null;
            backend = null;
            camera = null;
        }
    }

    @Override
    public void render(GraphicsContext g, int x, int y, int width, int height) {
        draw(g, x, y, width, height, 1);
    }

    /** The counts of the last frame drawn. */
    FrameCounts lastFrame() {
        return lastFrame;
    }

    /** Changes {@link #SIMPLE_EDGES_ABOVE} for this renderer (tests use small networks). */
    void setSimpleEdgesAbove(int edges) {
        simpleEdgesAbove = edges;
    }

    /** How many frames have been drawn on screen (exports not counted). */
    long framesDrawn() {
        return framesDrawn;
    }

    /**
     * Draws the view of {@code width} by {@code height} pixels {@code scale} times larger onto {@code g}: the same
     * part of the network, every length and text scaled (for exports).
     */
    void draw(GraphicsContext g, double x, double y, double width, double height, double scale) {
        if (graph == null) {
            return;
        }
        counts = new FrameCounts();
        backend.prepareNewFrame(g);
        camera.setBackend(backend);
        graph.computeBounds();
        camera.setBounds(graph);
        camera.setViewport(x, y, width, height);
        g.save();
        // The camera's transform, read once; then everything is drawn in pixels.
        g.setTransform(1, 0, 0, 1, 0, 0);
        camera.pushView(graph);
        Affine t = g.getTransform();
        camera.popView();
        mxx = t.getMxx();
        mxy = t.getMxy();
        myx = t.getMyx();
        myy = t.getMyy();
        tx = t.getTx();
        ty = t.getTy();
        viewWidth = width;
        viewHeight = height;
        pxPerUnit = camera.getMetrics().ratioPx2Gu;
        zoom = camera.getViewPercent();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        drawScale = scale;
        moving = scale == 1 && cameraMoved(width, height);
        if (scale == 1) {
            framesDrawn++;
        }
        counts.moving = moving;
        // So many edges make a fitted view a mesh where anti-aliasing and arrowheads show nothing, and drawing them
        // so would hold the JavaFX thread for a few hundred milliseconds a frame: drawn as while moving, on screen.
        simpleEdges = moving || scale == 1 && graph.getEdgeCount() > simpleEdgesAbove;
        rastersUsed = 0;
        drawnLabelBoxes.clear();

        looks.clear();
        Color background = look(graph.getStyle()).fill;
        g.setFill(background == null ? Color.WHITE : background);
        g.fillRect(0, 0, width, height);

        var groups = graph.getStyleGroups();
        for (StyleGroup group : groups.shadows()) {
            if (group.getType() == Selector.Type.NODE) {
                drawShadows(g, group, look(group));
            }
        }
        for (HashSet<StyleGroup> level : groups.zIndex()) {
            for (StyleGroup group : level) {
                if (group.getType() == Selector.Type.EDGE) {
                    drawEdges(g, group, look(group));
                } else if (group.getType() == Selector.Type.NODE) {
                    drawNodes(g, group, look(group));
                }
            }
            // Labels over the shapes of their level, under those of higher levels.
            for (StyleGroup group : level) {
                if (group.getType() == Selector.Type.EDGE) {
                    drawEdgeLabels(g, group, look(group));
                } else if (group.getType() == Selector.Type.NODE) {
                    drawNodeLabels(g, group, look(group));
                }
            }
        }
        g.restore();
        lastFrame = counts;
    }

    /**
     * Whether the camera differs from the last frame's; if so, a full frame is drawn once it has rested for
     * {@link #STILL_AFTER}.
     */
    private boolean cameraMoved(double width, double height) {
        var centre = camera.getViewCenter();
        double[] now = {centre.x, centre.y, camera.getViewPercent(), width, height};
        boolean moved = !java.util.Arrays.equals(now, lastCamera);
        System.arraycopy(now, 0, lastCamera, 0, now.length);
        if (moved) {
            stillAgain.setOnFinished(e -> {
                if (graph != null && backend != null && renderingSurface() instanceof FxDefaultView view) {
                    view.display(graph, true);
                }
            });
            stillAgain.playFromStart();
        }
        return moved;
    }

    private GroupLook look(StyleGroup group) {
        return looks.computeIfAbsent(group, key -> new GroupLook(key, pxPerUnit, fonts));
    }

    private double pxX(double x, double y) {
        return mxx * x + mxy * y + tx;
    }

    private double pxY(double x, double y) {
        return myx * x + myy * y + ty;
    }

    /** Node diameter in pixels: its own {@code ui.size} when the style sizes dynamically. */
    private static double sizeOf(GraphicNode node, GroupLook look, double pxPerUnit) {
        if (look.dynamicSize) {
            Object size = node.getAttribute("ui.size");
            if (size instanceof Value value) {
                return value.units == StyleConstants.Units.GU ? value.value * pxPerUnit : value.value;
            }
            if (size instanceof Number number) {
                return number.doubleValue();
            }
        }
        return look.size;
    }

    // ---- nodes

    /** Visible nodes of the group within {@code margin} pixels of the view, into {@link #nodesToDraw}. */
    private void collectNodes(StyleGroup group, GroupLook look, double margin) {
        nodesToDraw.clear();
        for (Element element : group.elements()) {
            GraphicNode node = (GraphicNode) element;
            if (node.hidden || !node.positionned) {
                continue;
            }
            double r = sizeOf(node, look, pxPerUnit) / 2 + margin;
            double x = pxX(node.x, node.y);
            double y = pxY(node.x, node.y);
            if (x + r >= 0 && x - r <= viewWidth && y + r >= 0 && y - r <= viewHeight) {
                nodesToDraw.add(node);
            }
        }
    }

    private void drawShadows(GraphicsContext g, StyleGroup group, GroupLook look) {
        if (look.shadow == null) {
            return;
        }
        collectNodes(group, look, look.shadowWidth + Math.abs(look.shadowOffsetX) + Math.abs(look.shadowOffsetY));
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
            double size = sizeOf(node, look, pxPerUnit) + grow;
            // Offsets are in graph units' direction: up is positive.
            addShape(g, look.shape, pxX(node.x, node.y) + look.shadowOffsetX,
                    pxY(node.x, node.y) - look.shadowOffsetY, size);
            if (!batch) {
                g.fill();
                counts.paths++;
            }
        }
        if (batch) {
            g.fill();
            counts.paths++;
        }
    }

    private void drawNodes(GraphicsContext g, StyleGroup group, GroupLook look) {
        collectNodes(group, look, look.strokeWidth);
        if (nodesToDraw.isEmpty()) {
            return;
        }
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
                double size = sizeOf(node, look, pxPerUnit);
                boolean cheap = size < CHEAP_NODE_PX;
                g.beginPath();
                addShape(g, cheap ? StyleConstants.Shape.BOX : look.shape, pxX(node.x, node.y),
                        pxY(node.x, node.y), size);
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
                double size = sizeOf(node, look, pxPerUnit);
                boolean cheap = size < CHEAP_NODE_PX;
                addShape(g, cheap ? StyleConstants.Shape.BOX : look.shape, pxX(node.x, node.y),
                        pxY(node.x, node.y), size);
                counts.cheapNodes += cheap ? 1 : 0;
            }
            g.fill();
            counts.paths++;
        }
        if (look.stroke != null) {
            g.beginPath();
            for (GraphicNode node : chunk) {
                double size = sizeOf(node, look, pxPerUnit);
                if (size >= CHEAP_NODE_PX) {
                    addShape(g, look.shape, pxX(node.x, node.y), pxY(node.x, node.y), size);
                }
            }
            g.stroke();
            counts.paths++;
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
            double size = sizeOf(node, look, pxPerUnit);
            if (size >= CHEAP_NODE_PX) {
                addShape(g, look.shape, pxX(node.x, node.y), pxY(node.x, node.y), size + look.strokeWidth);
            }
        }
        g.fill();
        g.setFill(look.fill);
        g.beginPath();
        for (GraphicNode node : chunk) {
            double size = sizeOf(node, look, pxPerUnit);
            boolean cheap = size < CHEAP_NODE_PX;
            double inner = cheap ? size : size - look.strokeWidth;
            if (inner > 0) {
                addShape(g, cheap ? StyleConstants.Shape.BOX : look.shape, pxX(node.x, node.y), pxY(node.x, node.y),
                        inner);
            }
            counts.cheapNodes += cheap ? 1 : 0;
        }
        g.fill();
        counts.paths += 2;
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
    private static double radiusTowards(StyleConstants.Shape shape, double size, double dx, double dy) {
        double h = size / 2;
        double ax = Math.abs(dx);
        double ay = Math.abs(dy);
        return switch (shape) {
            case BOX, ROUNDED_BOX -> h / Math.max(Math.max(ax, ay), 1e-9);
            case DIAMOND -> h / Math.max(ax + ay, 1e-9);
            default -> h;
        };
    }

    /** The group's font, with text placed from its left end on its baseline, as the label boxes assume. */
    private static void useFont(GraphicsContext g, GroupLook look) {
        g.setFont(look.font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawNodeLabels(GraphicsContext g, StyleGroup group, GroupLook look) {
        if (!look.textVisibleAt(zoom)) {
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
            double x = pxX(node.x, node.y);
            double y = pxY(node.x, node.y);
            double r = sizeOf(node, look, pxPerUnit) / 2;
            // Cheap rejection before measuring: no label reaches further than the view is wide.
            if (y < -r - 2 * (ascent + descent) || y > viewHeight + r + 2 * (ascent + descent)
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
            boolean keep = graph.getNodeCount() <= CROWDED_ABOVE || alwaysLabelled(node) || !overlapsDrawnLabel(box);
            if (keep && drawLabel(g, look, label, left, middle, width, ascent, descent)) {
                drawnLabelBoxes.add(box);
                counts.labelBoxes.add(box);
                counts.nodeLabels++;
            }
        }
    }

    /** A label whose text starts at {@code left} and is centred on {@code middle}; false when off the view. */
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

    private boolean drawLabel(GraphicsContext g, GroupLook look, String label, double left, double middle,
            double width, double ascent, double descent) {
        double[] box = labelBox(look, left, middle, width, ascent, descent);
        double boxLeft = box[0];
        double boxTop = box[1];
        double boxWidth = box[2];
        double boxHeight = box[3];
        if (boxLeft > viewWidth || boxLeft + boxWidth < 0 || boxTop > viewHeight || boxTop + boxHeight < 0) {
            return false;
        }
        if (look.textBackground != null) {
            g.setFill(look.textBackground);
            if (look.roundedTextBackground) {
                g.fillRoundRect(boxLeft, boxTop, boxWidth, boxHeight, 6, 6);
            } else {
                g.fillRect(boxLeft, boxTop, boxWidth, boxHeight);
            }
            counts.paths++;
        }
        g.setFill(look.textColour == null ? Color.BLACK : look.textColour);
        g.fillText(label, left, middle - (ascent + descent) / 2 + ascent);
        return true;
    }

    // ---- edges

    private void drawEdges(GraphicsContext g, StyleGroup group, GroupLook look) {
        edgesToDraw.clear();
        for (Element element : group.elements()) {
            GraphicEdge edge = (GraphicEdge) element;
            if (drawable(edge) && onView(edge)) {
                edgesToDraw.add(edge);
            }
        }
        if (edgesToDraw.isEmpty() || look.fill == null) {
            return;
        }
        counts.edges += edgesToDraw.size();
        if (edgesToDraw.size() > BATCH_EDGES) {
            rasterEdges(g, look);
            return;
        }
        // Few edges: each stroked on its own, as GraphStream drew them.
        g.setStroke(look.fill);
        g.setLineWidth(look.size);
        g.setLineCap(StrokeLineCap.BUTT);
        for (GraphicEdge edge : edgesToDraw) {
            g.beginPath();
            boolean curve = edgeGeometry(edge);
            double[] p = geometry;
            g.moveTo(p[0], p[1]);
            if (curve) {
                g.bezierCurveTo(p[2], p[3], p[4], p[5], p[6], p[7]);
            } else {
                g.lineTo(p[6], p[7]);
            }
            g.stroke();
            counts.paths++;
        }
        drawArrows(g, look);
    }

    /** Many edges: drawn by {@link EdgeRaster} at the canvas's resolution and laid on it as one image. */
    private void rasterEdges(GraphicsContext g, GroupLook look) {
        if (rastersUsed == rasters.size()) {
            rasters.add(new EdgeRaster());
        }
        EdgeRaster raster = rasters.get(rastersUsed++);
        int deviceWidth = (int) Math.round(viewWidth * drawScale);
        int deviceHeight = (int) Math.round(viewHeight * drawScale);
        raster.begin(deviceWidth, deviceHeight);
        raster.setAliased(simpleEdges);
        raster.setColour(look.fill, look.size * drawScale);
        double s = drawScale;
        for (GraphicEdge edge : edgesToDraw) {
            double[] p = geometry;
            if (edgeGeometry(edge)) {
                raster.curve(p[0] * s, p[1] * s, p[2] * s, p[3] * s, p[4] * s, p[5] * s, p[6] * s, p[7] * s);
            } else {
                raster.line(p[0] * s, p[1] * s, p[6] * s, p[7] * s);
            }
        }
        for (GraphicEdge edge : edgesToDraw) {
            if (!simpleEdges && arrowGeometry(edge, look)) {
                double[] a = arrow;
                raster.wedge(a[2] * s, a[3] * s, a[0] * s, a[1] * s, look.arrowHalfWidth * s);
                counts.arrows++;
            }
        }
        g.drawImage(raster.finish(), 0, 0, deviceWidth / s, deviceHeight / s);
        counts.rasterPixels += raster.blendedPixels();
        counts.images++;
    }

    private void drawArrows(GraphicsContext g, GroupLook look) {
        g.setFill(look.fill);
        for (GraphicEdge edge : edgesToDraw) {
            if (arrowGeometry(edge, look)) {
                double[] a = arrow;
                g.beginPath();
                g.moveTo(a[0], a[1]);
                g.lineTo(a[2] - a[5] * look.arrowHalfWidth, a[3] + a[4] * look.arrowHalfWidth);
                g.lineTo(a[2] + a[5] * look.arrowHalfWidth, a[3] - a[4] * look.arrowHalfWidth);
                g.closePath();
                g.fill();
                counts.arrows++;
                counts.paths++;
            }
        }
    }

    /**
     * The arrowhead of a directed edge into {@link #arrow}: tip (on the target's outline), base centre and the unit
     * direction. False when the edge has none, or too little room between its nodes to show one.
     */
    private boolean arrowGeometry(GraphicEdge edge, GroupLook look) {
        if (!look.arrow || !edge.isDirected() || edge.from == edge.to) {
            return false;
        }
        edgeGeometry(edge);
        double[] p = geometry;
        // The head points along the last stretch of the edge: from the second control point on a curve.
        double dx = p[6] - p[4];
        double dy = p[7] - p[5];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return false;
        }
        dx /= length;
        dy /= length;
        GroupLook target = look(edge.to.style);
        double reach = radiusTowards(target.shape, sizeOf(edge.to, target, pxPerUnit), dx, dy);
        GroupLook source = look(edge.from.style);
        double start = sizeOf(edge.from, source, pxPerUnit) / 2;
        if (Math.hypot(p[6] - p[0], p[7] - p[1]) - reach - start < MIN_ARROW_ROOM * look.arrowLength) {
            return false;
        }
        double[] a = arrow;
        a[0] = p[6] - dx * reach;
        a[1] = p[7] - dy * reach;
        a[2] = a[0] - dx * look.arrowLength;
        a[3] = a[1] - dy * look.arrowLength;
        a[4] = dx;
        a[5] = dy;
        return true;
    }

    private void drawEdgeLabels(GraphicsContext g, StyleGroup group, GroupLook look) {
        if (!look.textVisibleAt(zoom)) {
            return;
        }
        double ascent = metrics.ascent(look.font);
        double descent = metrics.descent(look.font);
        useFont(g, look);
        for (Element element : group.elements()) {
            GraphicEdge edge = (GraphicEdge) element;
            String label = edge.label;
            if (label == null || label.isEmpty() || !drawable(edge)) {
                continue;
            }
            boolean curve = edgeGeometry(edge);
            double[] p = geometry;
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
            if (drawLabel(g, look, label, x - width / 2 + look.textOffsetX, y + look.textOffsetY, width, ascent,
                    descent)) {
                counts.edgeLabels++;
            }
        }
    }

    private static boolean drawable(GraphicEdge edge) {
        return !edge.hidden && !edge.from.hidden && !edge.to.hidden && edge.from.positionned
                && edge.to.positionned;
    }

    /** Whether any of the edge's box (its bend included) lies in the view. */
    private boolean onView(GraphicEdge edge) {
        boolean curve = edgeGeometry(edge);
        double[] p = geometry;
        double minX = Math.min(p[0], p[6]);
        double maxX = Math.max(p[0], p[6]);
        double minY = Math.min(p[1], p[7]);
        double maxY = Math.max(p[1], p[7]);
        if (curve) {
            minX = Math.min(minX, Math.min(p[2], p[4]));
            maxX = Math.max(maxX, Math.max(p[2], p[4]));
            minY = Math.min(minY, Math.min(p[3], p[5]));
            maxY = Math.max(maxY, Math.max(p[3], p[5]));
        }
        return maxX >= 0 && minX <= viewWidth && maxY >= 0 && minY <= viewHeight;
    }

    /**
     * The edge in pixels into {@link #geometry}: start, two control points, end. True when it is a curve: an edge
     * to its own node is a loop, and edges sharing both ends bow apart so that each can be seen (and picked).
     */
    private boolean edgeGeometry(GraphicEdge edge) {
        double[] p = geometry;
        GraphicNode from = edge.from;
        GraphicNode to = edge.to;
        p[0] = pxX(from.x, from.y);
        p[1] = pxY(from.x, from.y);
        p[6] = pxX(to.x, to.y);
        p[7] = pxY(to.x, to.y);
        if (from == to) {
            double reach = 4.5 * sizeOf(from, look(from.style), pxPerUnit) * (1 + 0.2 * edge.multi);
            p[2] = p[0] + reach;
            p[3] = p[1];
            p[4] = p[0];
            p[5] = p[1] - reach;
            return true;
        }
        GraphicEdge.EdgeGroup parallel = edge.getGroup();
        if (parallel == null || parallel.getCount() < 2) {
            p[2] = p[0];
            p[3] = p[1];
            p[4] = p[0];
            p[5] = p[1];
            return false;
        }
        // Bends are measured from the first edge's direction, so that opposite edges do not bend onto each other.
        GraphicEdge first = parallel.getEdge(0);
        boolean sameWay = edge.from == first.from;
        double dx = p[6] - p[0];
        double dy = p[7] - p[1];
        double side = (edge.multi - (parallel.getCount() - 1) / 2.0) * 0.15 * (sameWay ? 1 : -1);
        double nx = -dy * side;
        double ny = dx * side;
        p[2] = p[0] + 0.2 * dx + nx;
        p[3] = p[1] + 0.2 * dy + ny;
        p[4] = p[0] + 0.8 * dx + nx;
        p[5] = p[1] + 0.8 * dy + ny;
        return true;
    }

    /**
     * GraphStream's camera, without the per-frame pass that tests every node against the view (allocating as it
     * goes): this renderer culls as it draws, and nothing else asks the camera what is visible.
     */
    private static final class UncheckedCamera extends DefaultCamera2D {
        UncheckedCamera(GraphicGraph graph) {
            super(graph);
        }

        @Override
        public void checkVisibility(GraphicGraph graph) {
            nodeInvisible.clear();
            spriteInvisible.clear();
        }
    }
}

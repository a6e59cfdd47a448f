package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.animation.PauseTransition;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.Selector;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.camera.DefaultCamera2D;

/**
 * Draws the network onto a {@link RenderTarget}: the view's canvas on screen, or an image at any scale (PNG
 * exports, slides). GraphStream stays the graph model, the stylesheet engine (style groups by class) and the
 * camera; this class reads the camera's transform once per frame and has each layer draw the style groups in the
 * stylesheet's z order, shadows first: {@link EdgeLayer}, {@link NodeLayer}, then {@link LabelLayer} over the
 * shapes of each level. Hidden and off-screen elements are skipped with a flag or two comparisons.
 */
final class NetworkRenderer extends FxGraphRenderer {

    /** How long the camera must rest before a frame drawn while it moved is drawn again in full. */
    private static final Duration STILL_AFTER = Duration.millis(150);
    /** Above this many edges held, large groups' edges are always drawn simply on screen (exports stay full). */
    static final int SIMPLE_EDGES_ABOVE = 12_000;

    /**
     * While the camera moves, the screen draws about this many of the edges in view at most: every k-th shown edge
     * (the same ones from frame to frame), k from how many are shown and how much of the
     * network the zoom takes in. The frame drawn once the camera rests, and every export, draws them all.
     */
    static final int MOVING_EDGES_AT_MOST = 6_000;
    private final DrawingFrame frame = new DrawingFrame();
    private int movingEdgesAtMost = MOVING_EDGES_AT_MOST;
    /** Edges the filters leave shown, as the view last said; -1: every edge of the graph. */
    private int shownEdges = -1;
    private final EdgeLayer edges = new EdgeLayer(frame);
    private final NodeLayer nodes = new NodeLayer(frame);
    private final LabelLayer labels = new LabelLayer(frame);
    private BackgroundEdgeRaster background;
    /** Asks for a frame once edges are painted: at the view's next pulse when it says how, else at once. */
    private Runnable askForFrame = this::drawAgain;
    /** The camera of the last frame drawn on screen (centre, zoom, view size), to tell when it moves. */
    private final double[] lastCamera = new double[5];
    private int simpleEdgesAbove = SIMPLE_EDGES_ABOVE;
    /** How opaque items marked as ended are drawn: 1, going to 0 while they fade out between two steps. */
    private double endedOpacity = 1;
    /** How opaque items shown outside the filters are drawn (a path's hidden middle), with dashed lines. */
    static final double OUTSIDE_OPACITY = 0.45;
    private final PauseTransition stillAgain = new PauseTransition(STILL_AFTER);
    private FrameCounts lastFrame = new FrameCounts();
    private long framesDrawn;
    /** The counts of the last few frames drawn on screen, frame {@code k} at {@code k % RECENT_FRAMES}. */
    private final FrameCounts[] recentFrames = new FrameCounts[RECENT_FRAMES];
    private static final int RECENT_FRAMES = 16;
    private double labelScale = 1;
    /** Labels are placed as in presentation mode, inside the view less {@link #labelInsets}. */
    private boolean presentationLabels;
    /** Pixels at the view's top, right, bottom and left that overlays cover, which placed labels keep clear of. */
    private double[] labelInsets = new double[4];
    /** Pixels a label keeps from the view's edge. */
    private static final double EDGE_MARGIN = 4;

    /** What one frame drew: deterministic evidence of the level of detail, for tests and measurements. */
    static final class FrameCounts {
        int nodes;
        int cheapNodes;
        int edges;
        /** Of those, edges left out on screen because their nodes, drawn over them, hide them whole. */
        int edgesUnderNodes;
        /** Edges left out of a moving frame on screen for the level of detail ({@link #MOVING_EDGES_AT_MOST}). */
        int edgesThinned;
        int arrows;
        int nodeLabels;
        int edgeLabels;
        /** Paths filled or stroked, text backgrounds included: the rasterizer's unit of work. */
        int paths;
        /** Drawn while the camera moved: large groups' edges without anti-aliasing or arrowheads. */
        boolean moving;
        /** The node label boxes drawn, {@code [left, top, width, height]} in pixels. */
        final List<double[]> labelBoxes = new ArrayList<>();
        /** Every label drawn, of nodes and of edges, with its text and box. */
        final List<DrawnLabel> labels = new ArrayList<>();
        /** Images laid on the canvas, and the pixels blended into them (edges of large groups). */
        int images;
        long rasterPixels;

        @Override
        public String toString() {
            return (moving ? "moving: " : "still: ") + nodes + " nodes (" + cheapNodes + " cheap), " + edges
                    + " edges (" + edgesUnderNodes + " under their nodes, " + edgesThinned + " thinned out), " + arrows + " arrows, " + nodeLabels + " node labels, " + edgeLabels
                    + " edge labels, " + paths + " paths, " + images + " images (" + rasterPixels
                    + " pixels blended)";
        }
    }

    @Override
    public void open(GraphicGraph graph, Pane drawingSurface) {
        super.open(graph, drawingSurface);
        camera = new UncheckedCamera(graph);
        background = new BackgroundEdgeRaster(() -> askForFrame.run());
        edges.paintOnScreenWith(background);
    }

    @Override
    public void close() {
        // GraphStream's close removes the per-group renderers it attaches while drawing; this class attaches none.
        if (background != null) {
            background.dispose();
            background = null;
            edges.paintOnScreenWith(null);
        }
        if (graph != null) {
            graph.getStyleGroups().removeListener(this);
            backend.close();
            graph = null;
            backend = null;
            camera = null;
        }
    }

    /** GraphStream's call to draw the view on screen. */
    @Override
    public void render(GraphicsContext g, int x, int y, int width, int height) {
        render(RenderTarget.screen(g, x, y, width, height, labelScale));
    }

    /** Labels {@code scale} times the stylesheet's size, on screen and in images (projectors, slides). */
    void setLabelScale(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("label scale must be a positive number: " + scale);
        }
        labelScale = scale;
    }

    double labelScale() {
        return labelScale;
    }

    boolean presentationLabels() {
        return presentationLabels;
    }

    /** A node's diameter in pixels as the last frame drew it. */
    double nodeSizePx(org.graphstream.ui.graphicGraph.GraphicNode node) {
        return frame.sizeOf(node);
    }

    /**
     * Labels as a presentation needs them, or not ({@code on} false): placed each frame so that none overlaps
     * another, a node or the overlays covering {@code insets} pixels at the view's top, right, bottom and left; the
     * labels of {@code first} are never left out and those of {@code next} go before the rest.
     */
    void setPresentationLabels(boolean on, Set<String> first, Set<String> next, double[] insets) {
        presentationLabels = on;
        labelInsets = insets.clone();
        labels.setPriorities(first, next);
    }

    void setEndedOpacity(double opacity) {
        endedOpacity = Math.max(0, Math.min(1, opacity));
    }

    /** The counts of the last frame drawn. */
    FrameCounts lastFrame() {
        return lastFrame;
    }

    /** How many edges the filters leave shown, which sets how thinly a moving frame draws them. */
    void setShownEdges(int edges) {
        shownEdges = edges;
    }

    /** Changes {@link #MOVING_EDGES_AT_MOST} for this renderer (tests use small networks). */
    void setMovingEdgesAtMost(int edges) {
        movingEdgesAtMost = edges;
    }

    /**
     * Every how many edges a moving frame draws one: the edges in view, estimated as the shown ones times the
     * part of the network's area the camera takes in ({@code zoom} 1 frames it whole, 0.5 half its width), over
     * the budget, rounded up.
     */
    static int movingEdgeStride(int shownEdges, double zoom, int atMost) {
        double inView = shownEdges * Math.min(1, zoom * zoom);
        return Math.max(1, (int) Math.ceil(inView / Math.max(1, atMost)));
    }

    /** Changes {@link #SIMPLE_EDGES_ABOVE} for this renderer (tests use small networks). */
    void setSimpleEdgesAbove(int edges) {
        simpleEdgesAbove = edges;
    }

    /**
     * The counts of on-screen frame number {@code k} (the first is 1), if it is among the last few drawn: tests
     * read the frame an action caused even when a later one has replaced it.
     */
    java.util.Optional<FrameCounts> frame(long k) {
        boolean recent = k >= 1 && k <= framesDrawn && framesDrawn - k < RECENT_FRAMES;
        return recent ? java.util.Optional.of(recentFrames[(int) (k % RECENT_FRAMES)]) : java.util.Optional.empty();
    }

    /** How many frames have been drawn on screen (exports not counted). */
    long framesDrawn() {
        return framesDrawn;
    }

    /**
     * The network as an image of a view {@code width} by {@code height} pixels, drawn {@code scale} times larger
     * on a white background: the same part of the network, every length and text scaled (exports, slides).
     */
    WritableImage image(double width, double height, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
        Canvas canvas = new Canvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
        render(RenderTarget.image(canvas.getGraphicsContext2D(), width, height, scale, labelScale));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, null);
    }

    /** Draws the network as the camera frames it onto the target. */
    void render(RenderTarget target) {
        if (graph == null) {
            return;
        }
        GraphicsContext g = target.graphics();
        backend.prepareNewFrame(g);
        camera.setBackend(backend);
        graph.computeBounds();
        camera.setBounds(graph);
        camera.setViewport(target.x(), target.y(), target.width(), target.height());
        g.save();
        // The camera's transform, read once; then everything is drawn in pixels.
        g.setTransform(1, 0, 0, 1, 0, 0);
        camera.pushView(graph);
        Affine t = g.getTransform();
        camera.popView();
        frame.begin(new double[] {t.getMxx(), t.getMxy(), t.getMyx(), t.getMyy(), t.getTx(), t.getTy()},
                target.width(), target.height(), camera.getMetrics().ratioPx2Gu, camera.getViewPercent(),
                target.scale(), target.labelScale());
        g.setTransform(target.scale(), 0, 0, target.scale(), 0, 0);
        frame.onScreen = target.onScreen();
        frame.moving = target.onScreen() && cameraMoved(target.width(), target.height());
        if (target.onScreen()) {
            framesDrawn++;
        }
        frame.counts.moving = frame.moving;
        // So many edges make a fitted view a mesh where anti-aliasing and arrowheads show nothing, and drawing them
        // so would hold the JavaFX thread for a few hundred milliseconds a frame: drawn as while moving, on screen.
        frame.simpleEdges = frame.moving || target.onScreen() && graph.getEdgeCount() > simpleEdgesAbove;
        frame.edgeStride = frame.moving
                ? movingEdgeStride(shownEdges < 0 ? graph.getEdgeCount() : shownEdges, camera.getViewPercent(),
                        movingEdgesAtMost)
                : 1;
        frame.crowded = graph.getNodeCount() > LabelLayer.CROWDED_ABOVE;
        frame.placeLabels = presentationLabels || !frame.crowded;
        frame.presentationLabels = presentationLabels;
        double[] inset = presentationLabels ? labelInsets : new double[4];
        frame.labelArea = new ScreenRect(inset[3] + EDGE_MARGIN, inset[0] + EDGE_MARGIN,
                target.width() - inset[1] - inset[3] - 2 * EDGE_MARGIN,
                target.height() - inset[0] - inset[2] - 2 * EDGE_MARGIN);
        edges.begin();
        labels.begin();

        Color background = frame.look(graph.getStyle()).fill;
        g.setFill(background == null ? Color.WHITE : background);
        g.fillRect(0, 0, target.width(), target.height());

        var groups = graph.getStyleGroups();
        List<StyleGroup> nodeGroups = new ArrayList<>();
        List<StyleGroup> edgeGroups = new ArrayList<>();
        for (StyleGroup group : groups.shadows()) {
            if (group.getType() == Selector.Type.NODE) {
                markOf(g, group);
                nodes.drawShadows(g, group);
            }
        }
        for (HashSet<StyleGroup> level : groups.zIndex()) {
            for (StyleGroup group : level) {
                markOf(g, group);
                if (group.getType() == Selector.Type.EDGE) {
                    edges.draw(g, group);
                } else if (group.getType() == Selector.Type.NODE) {
                    nodes.draw(g, group);
                }
            }
            for (StyleGroup group : level) {
                markOf(g, group);
                if (group.getType() == Selector.Type.EDGE) {
                    edgeGroups.add(group);
                } else if (group.getType() == Selector.Type.NODE) {
                    nodeGroups.add(group);
                    // A crowded network's labels go over the shapes of their level, under those of higher levels.
                    if (!frame.placeLabels) {
                        labels.drawNodeLabels(g, group);
                    }
                }
            }
        }
        // Placed labels clear every node, so they can all come last; edge labels after them, clear of them.
        if (frame.placeLabels) {
            labels.drawPlacedNodeLabels(g, nodeGroups, group -> markOf(g, group));
        }
        for (StyleGroup group : edgeGroups) {
            markOf(g, group);
            labels.drawEdgeLabels(g, group);
        }
        g.setGlobalAlpha(1);
        g.setLineDashes((double[]) null);
        g.restore();
        lastFrame = frame.counts;
        if (target.onScreen()) {
            recentFrames[(int) (framesDrawn % RECENT_FRAMES)] = lastFrame;
        }
    }

    /**
     * Sets how the group's elements are drawn over their style: ended ones at the fading opacity, those shown
     * outside the filters pale and dashed. A group's id names its style classes (e.g. {@code n_ended_union}).
     */
    private void markOf(GraphicsContext g, StyleGroup group) {
        boolean ended = false;
        boolean outside = false;
        for (String token : group.getId().split("[^A-Za-z0-9-]+")) {
            ended |= token.equals("ended");
            outside |= token.equals("outside");
        }
        g.setGlobalAlpha((ended ? endedOpacity : 1) * (outside ? OUTSIDE_OPACITY : 1));
        if (outside) {
            g.setLineDashes(5, 4);
        } else {
            g.setLineDashes((double[]) null);
        }
    }

    /**
     * Whether the camera differs from the last frame's; if so, a full frame is drawn once it has rested for
     * {@link #STILL_AFTER}.
     */
    private boolean cameraMoved(double width, double height) {
        var centre = camera.getViewCenter();
        double[] now = {centre.x, centre.y, camera.getViewPercent(), width, height};
        boolean moved = !Arrays.equals(now, lastCamera);
        System.arraycopy(now, 0, lastCamera, 0, now.length);
        if (moved) {
            stillAgain.setOnFinished(e -> drawAgain());
            stillAgain.playFromStart();
        }
        return moved;
    }

    /**
     * Frames for newly painted edges are asked of {@code askForFrame} (the view's own frame request, drawn at the
     * next pulse with whatever else changed) rather than drawn at once between pulses.
     */
    void askForFramesWith(Runnable askForFrame) {
        this.askForFrame = askForFrame;
    }

    /** Draws the view on screen again now (JavaFX thread): the camera came to rest, or edges were painted. */
    private void drawAgain() {
        if (graph != null && backend != null && renderingSurface() instanceof FxDefaultView view) {
            view.display(graph, true);
        }
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

// Over 600 lines (about 710): the off-thread edge raster, the label hooks and the hand-over of models prepared
// off the JavaFX thread joined the camera and pointer glue (label settings already went to NetworkLabels, the
// preparation itself to ModelPreparation). The next split moves the camera methods (fit, centre, zoom, glide,
// cameraFitting) into a class over ViewCamera and the gestures into their own, leaving this file the control.
package org.solidarityatlas.ui.network;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.imageio.ImageIO;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Subgraph;

/**
 * The network of entities and relationships as a JavaFX control. It holds a {@link NetworkModel} (the network,
 * index-aligned), shows it through GraphStream's graph ({@link StreamGraph}) drawn by {@link NetworkRenderer},
 * lays it out with a {@link LayoutEngine} off the JavaFX thread, places labels with {@link LabelLayout}, looks
 * through a {@link ViewCamera} and answers the mouse with {@link PointerInteraction}. Filters, selection and hover
 * only change flags and style classes (see {@code network.css}). Every method must be called on the JavaFX thread.
 */
public final class NetworkView {

    /** Networks with up to this many elements are built at once; larger ones a slice per frame. */
    private static final int BUILD_AT_ONCE = 3_000;
    /** Subgraphs with more entities and relationships than this are prepared off the JavaFX thread; tests lower it. */
    int prepareInBackgroundAbove = BUILD_AT_ONCE;
    private final ModelPreparation preparation = new ModelPreparation();
    /** The filters given while a network is being prepared: entity ids, then relationship ids; null when none. */
    private List<Set<String>> pendingVisibility;
    /** Time a large network's building may take per frame; tests shorten it to see the slicing on any machine. */
    long buildSliceNanos = 12_000_000;
    private static final long BUILDING_FRAME_EVERY_NANOS = 1_000_000_000;

    private final StreamGraph scene = new StreamGraph();
    private final NetworkRenderer renderer = new NetworkRenderer();
    private final FxDefaultView panel;
    private final Pane root;
    private final ViewCamera camera;
    private final PointerInteraction pointer;
    private final ElementStyles styles = new ElementStyles();
    private final AnimationTimer frameRequest;
    private final NetworkLabels labelling;

    private NetworkModel model = NetworkModel.empty();
    /** The labels' geometry, measured once the layout settles (null before, and on networks too large to label). */
    private LabelLayout labels;
    // A large network is added to the graph over several frames.
    private boolean building;
    private long lastDrawnWhileBuilding;
    /** A frame was asked for since the last one was drawn. */
    private boolean frameWanted;

    private final LayoutProgress layout;

    private Consumer<Optional<String>> onEntityHovered = id -> { };
    private Consumer<Optional<String>> onRelationshipHovered = id -> { };
    private Runnable onLayoutSettled = () -> { };
    private Consumer<Throwable> onLayoutFailed = error -> { };
    private boolean disposed;

    /** A view laid out by SpringBox ({@link LayoutEngine#FORCE}). */
    public NetworkView() {
        this(LayoutEngine.FORCE);
    }

    /** A view whose networks are laid out by {@code engine}. */
    public NetworkView(LayoutEngine engine) {
        layout = new LayoutProgress(Objects.requireNonNull(engine));
        panel = (FxDefaultView) scene.viewer().addDefaultView(false, renderer);
        // Newly painted edges are drawn at the next pulse, with the frame it draws anyway if one is due.
        renderer.askForFramesWith(() -> {
            if (scene.graphicGraph() != null) {
                scene.graphicGraph().graphChanged = true;
                requestFrame();
            }
        });
        panel.setMouseManager(new InertControls.Mouse());
        panel.setShortcutManager(new InertControls.Keys());
        panel.setMinSize(0, 0);
        panel.setPrefSize(800, 600);

        // The viewer offsets its drawing by the panel's position in its parent, so it sits alone at (0, 0).
        root = new Pane(panel) {
            @Override
            protected void layoutChildren() {
                panel.resizeRelocate(0, 0, getWidth(), getHeight());
            }
        };
        root.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        root.widthProperty().addListener((o, a, b) -> viewportResized());
        root.heightProperty().addListener((o, a, b) -> viewportResized());

        camera = new ViewCamera(panel::getCamera, () -> root.getWidth() > 0 ? root.getWidth() : panel.getPrefWidth(),
                () -> root.getHeight() > 0 ? root.getHeight() : panel.getPrefHeight(), scene::padding,
                this::requestFrame);
        pointer = new PointerInteraction(panel, root, camera, new Gestures());
        labelling = new NetworkLabels(renderer, scene, styles, this::requestFrame);

        frameRequest = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!frameWanted && !building) {
                    // Stopped on the first pulse nobody asked for a frame, not right after drawing one: a timer
                    // restarted during a pulse only runs from the next, so stopping early drew every other pulse.
                    stop();
                    return;
                }
                frameWanted = false;
                if (building && scene.buildSlice(buildSliceNanos, styles)) {
                    building = false;
                    startLayout();
                }
                applyLayoutFrame();
                // A half-built network is drawn only now and then: each frame draws everything added so far.
                if (!building || now - lastDrawnWhileBuilding >= BUILDING_FRAME_EVERY_NANOS) {
                    scene.viewer().drawFrame();
                    lastDrawnWhileBuilding = building ? now : 0;
                }
            }
        };
    }

    /** The pane to put in the scene. */
    public Region node() {
        return root;
    }

    /**
     * Builds the whole graph (replacing any previous one) and starts the layout. A large graph's model is prepared
     * off the JavaFX thread: the view shows the previous one until then ({@link #isLayoutSettled} is false).
     */
    public void show(Subgraph all) {
        requireFxThread();
        camera.followLayout();
        request(all, Map.of(), true);
    }

    /**
     * Replaces the graph by another part of the same dataset: entities shown before keep their places, newcomers
     * start beside a placed neighbour, the layout carries on from there and the camera stays where it is. A large
     * part is prepared off the JavaFX thread, as in {@link #show}.
     */
    public void showKeepingPlaces(Subgraph part) {
        requireFxThread();
        request(part, model.places(), false);
    }

    private void request(Subgraph part, Map<String, double[]> places, boolean follow) {
        // What was selected or marked belongs to the network shown before; what is set from now on is kept.
        styles.clear();
        pendingVisibility = null;
        if (part.entities().size() + part.relationships().size() <= prepareInBackgroundAbove) {
            preparation.cancel();
            build(NetworkModel.of(part, places));
            return;
        }
        layout.expect();
        preparation.request(part, places, next -> handOver(next, follow, false));
    }

    /**
     * A model prepared in the background arrives. Filters set since it was asked for go back to the background
     * once to be applied to it; filters changed again meanwhile (playback, a drag) are applied here, so that a
     * stream of them cannot hold the new network back for ever. Then it is built.
     */
    private void handOver(NetworkModel next, boolean follow, boolean filtered) {
        if (disposed) {
            return;
        }
        if (pendingVisibility != null) {
            List<Set<String>> filters = pendingVisibility;
            pendingVisibility = null;
            if (!filtered) {
                preparation.filter(next, filters.get(0), filters.get(1), model -> handOver(model, follow, true));
                return;
            }
            next.applyVisibility(filters.get(0), filters.get(1));
        }
        styles.hover(-1, -1);
        styles.setShownCount(next.shownCount());
        build(next);
        if (follow) {
            camera.followLayout();
        }
    }

    private void build(NetworkModel next) {
        layout.expect();
        building = false;
        pointer.hideTooltip();
        camera.stopGlide();
        model = next;
        labels = null;
        scene.reset(model);
        renderer.setShownEdges(model.shownEdgeCount());
        if (model.positioned) {
            camera.setLayoutBounds(model.layoutBounds());
        }
        // A large network is added a slice per frame so that the window stays responsive meanwhile.
        long budget = model.nodeCount() + model.edgeCount() <= BUILD_AT_ONCE ? Long.MAX_VALUE : buildSliceNanos;
        building = !scene.buildSlice(budget, styles);
        if (!building) {
            startLayout();
        }
        requestFrame();
    }

    private void startLayout() {
        layout.start(model, this::requestFrame, this::layoutFailed);
    }

    private void applyLayoutFrame() {
        LayoutProgress.Frame frame = layout.take();
        if (frame == null || !model.takeLayoutPositions(frame.positions())) {
            return;
        }
        for (int i = 0; i < model.nodeCount(); i++) {
            if (!model.pinned[i]) {
                scene.moveNode(i);
            }
        }
        camera.setLayoutBounds(model.layoutBounds());
        camera.follow(this::cameraFittingVisible);
        if (frame.settled() && layout.isRunning()) {
            spaceLabels();
            layout.settled();
            // The camera keeps framing the whole network (on resizes too) until the person moves it.
            onLayoutSettled.run();
        }
    }

    /** The layout stopped on an error: the view stops waiting for it, keeps what it placed, and says so. */
    private void layoutFailed(Throwable error) {
        applyLayoutFrame();
        onLayoutFailed.accept(error);
    }

    /**
     * Once settled, keeps the labels that fit when the whole network is framed and moves nodes just enough that
     * those labels do not overlap (see {@link LabelLayout}).
     */
    private void spaceLabels() {
        int n = model.nodeCount();
        if (n == 0 || n > NetworkModel.ALL_LABELS_LIMIT) {
            return;
        }
        Text probe = new Text("Hg");
        // Measured as drawn, so that a projector's larger labels get their room.
        probe.setFont(Font.font(NetworkLabels.NODE_TEXT_SIZE * renderer.labelScale()));
        double lineHeight = probe.getLayoutBounds().getHeight();
        labels = new LabelLayout(model, text -> {
            probe.setText(text);
            return probe.getLayoutBounds().getWidth();
        }, lineHeight);
        double[] usable = camera.usableViewport();
        labels.space(usable[0], usable[1], camera.labelRoomInPadding());
        camera.setLayoutBounds(model.layoutBounds());
        scene.moveAllNodes();
        labels.chooseLabelled(usable[0], usable[1]);
        scene.restyleAll(styles);
        camera.follow(this::cameraFittingVisible);
    }

    private void viewportResized() {
        if (labels != null && labels.measures(model)) {
            // More room shows more labels, less room fewer.
            double[] usable = camera.usableViewport();
            labels.chooseLabelled(usable[0], usable[1]);
            scene.restyleAll(styles);
        }
        if (model.positioned) {
            camera.follow(this::cameraFittingVisible);
        }
        requestFrame();
    }

    /**
     * Shows exactly the given entities and relationships; a relationship also needs both its ends shown. The sets
     * must not change afterwards: while a large network is prepared they are read off the JavaFX thread.
     */
    public void applyVisibility(Set<String> visibleEntityIds, Set<String> visibleRelationshipIds) {
        requireFxThread();
        if (preparation.pending()) {
            // For the network being prepared; the one still shown keeps its filters until it is replaced.
            pendingVisibility = List.of(visibleEntityIds, visibleRelationshipIds);
            return;
        }
        model.applyVisibility(visibleEntityIds, visibleRelationshipIds);
        scene.showVisibility();
        renderer.setShownEdges(model.shownEdgeCount());
        if (styles.setShownCount(model.shownCount())) {
            scene.restyleAll(styles);
        }
        int node = styles.hoveredNode();
        int edge = styles.hoveredEdge();
        if (node >= 0 && model.nodeHidden[node] || edge >= 0 && model.edgeHidden[edge]) {
            setHover(-1, -1);
        }
        requestFrame();
    }

    /**
     * Marks the selected entity and the highlighted entities and relationships (its neighbourhood, a path) and dims
     * everything else; no selection and empty sets clear the dimming.
     */
    public void setSelection(Optional<String> entityId, Set<String> highlightedEntities,
            Set<String> highlightedRelationships) {
        requireFxThread();
        if (styles.select(entityId, highlightedEntities, highlightedRelationships)) {
            scene.restyleAll(styles);
            requestFrame();
        }
    }

    /**
     * Marks what changed between two moments: entities and relationships that joined get a green halo, those that
     * ended a red tint (ids of either kind; entity and relationship ids do not collide in a dataset). Empty sets
     * clear the marks.
     */
    public void setChangeMarks(Set<String> joinedIds, Set<String> leftIds) {
        requireFxThread();
        // Restyling every element of a large network for nothing would hold the JavaFX thread.
        if (styles.mark(joinedIds, leftIds)) {
            scene.restyleAll(styles);
            requestFrame();
        }
    }

    /** Marks these shown entities and relationships as outside the filters: drawn pale, with dashed lines. */
    public void setOutsideFilters(Set<String> ids) {
        requireFxThread();
        if (styles.markOutside(ids)) {
            scene.restyleAll(styles);
            requestFrame();
        }
    }

    /** How opaque what is marked as ended is drawn, from 1 down to 0 as it fades out. */
    public void setEndedOpacity(double opacity) {
        requireFxThread();
        renderer.setEndedOpacity(opacity);
        requestFrame();
    }

    public void setOnEntityClicked(Consumer<String> handler) {
        pointer.setOnEntityClicked(handler);
    }

    public void setOnRelationshipClicked(Consumer<String> handler) {
        pointer.setOnRelationshipClicked(handler);
    }

    public void setOnBackgroundClicked(Runnable handler) {
        pointer.setOnBackgroundClicked(handler);
    }

    /** Called with the entity under the mouse when it changes, and with empty when the mouse leaves it. */
    public void setOnEntityHovered(Consumer<Optional<String>> handler) {
        onEntityHovered = Objects.requireNonNull(handler);
    }

    /** Called with the relationship under the mouse when it changes, and with empty when the mouse leaves it. */
    public void setOnRelationshipHovered(Consumer<Optional<String>> handler) {
        onRelationshipHovered = Objects.requireNonNull(handler);
    }

    /** Shows a tooltip over hovered entities with the text this function gives for an entity id. */
    public void setEntityTooltip(Function<String, String> textForEntityId) {
        pointer.setTooltipText(textForEntityId);
    }

    /** Called once the layout has settled and stopped (not when it fails: see {@link #setOnLayoutFailed}). */
    public void setOnLayoutSettled(Runnable handler) {
        onLayoutSettled = Objects.requireNonNull(handler);
    }

    /** Called, on the JavaFX thread, when the layout stops on an error instead of settling. */
    public void setOnLayoutFailed(Consumer<Throwable> handler) {
        onLayoutFailed = Objects.requireNonNull(handler);
    }

    /** True once the layout no longer runs: settled, or stopped on an error ({@link #layoutFailure()}). */
    public boolean isLayoutSettled() {
        return !layout.isRunning();
    }

    /** The error the layout of the network shown stopped on, if it did; the nodes stay where it left them. */
    public Optional<Throwable> layoutFailure() {
        return layout.failure();
    }

    /** How the view labels its nodes: their size, and the explorer's or a presentation's way. */
    public NetworkLabels labelling() {
        return labelling;
    }

    /** Frames the visible entities (all of them when none is visible). */
    public void fit() {
        requireFxThread();
        Set<String> visible = visibleEntityIds();
        setCamera(cameraFitting(visible.isEmpty() ? model.heldEntityIds() : visible));
    }

    /** Puts the entity at the centre of the view, keeping the zoom. */
    public void centreOn(String entityId) {
        requireFxThread();
        int i = model.nodeOf(entityId);
        if (i >= 0 && model.positioned) {
            setCamera(new NetworkCamera(model.x(i), model.y(i), camera.current().zoom()));
        }
    }

    /** Zooms around the centre of the view; a factor above 1 brings things closer. */
    public void zoomBy(double factor) {
        requireFxThread();
        zoomAround(root.getWidth() / 2, root.getHeight() / 2, factor);
    }

    private void zoomAround(double x, double y, double factor) {
        if (model.positioned) {
            camera.zoomAround(x, y, factor);
        }
    }

    /** Moves what is shown by a number of pixels (positive: to the right and down), as dragging the background. */
    public void panBy(double dxPx, double dyPx) {
        requireFxThread();
        camera.panBy(dxPx, dyPx);
    }

    public NetworkCamera camera() {
        return camera.current();
    }

    public void setCamera(NetworkCamera target) {
        requireFxThread();
        camera.set(target);
    }

    /** Moves the camera smoothly to {@code target} over {@code duration}; any mouse gesture interrupts it. */
    public void glideTo(NetworkCamera target, Duration duration) {
        requireFxThread();
        camera.glideTo(target, duration);
    }

    /** The camera that frames the given entities with the view's current size and the graph's padding. */
    public NetworkCamera cameraFitting(Collection<String> entityIds) {
        return cameraFitting(entityIds, Insets.EMPTY);
    }

    /** The camera framing the entities inside what {@code reserved} (pixels overlays cover) leaves free. */
    public NetworkCamera cameraFitting(Collection<String> entityIds, Insets reserved) {
        return cameraFitting(entityIds.stream().mapToInt(model::nodeOf).filter(i -> i >= 0).toArray(), reserved);
    }

    /** The camera framing what the filters show, from the model's flags: no id sets built on every layout frame. */
    private NetworkCamera cameraFittingVisible() {
        return cameraFitting(model.shownNodes(), Insets.EMPTY);
    }

    private NetworkCamera cameraFitting(int[] nodes, Insets reserved) {
        boolean[] framed = new boolean[model.nodeCount()];
        for (int i : nodes) {
            framed[i] = true;
        }
        Box box = model.positioned ? Box.around(model.positions, i -> framed[i]) : null;
        boolean measured = labels != null && labels.measures(model);
        return camera.fitting(box, pxPerUnit -> measured
                ? labels.overflowPx(nodes, box.maxX(), pxPerUnit, camera.labelRoomInPadding()) : 0, reserved);
    }

    /** The view as an image, {@code scale} times its size on screen, drawn anew at that resolution. */
    public WritableImage snapshot(double scale) {
        requireFxThread();
        return renderer.image(Math.max(1, root.getWidth()), Math.max(1, root.getHeight()), scale);
    }

    /** Writes {@link #snapshot(double)} as a PNG file, atomically. */
    public void savePng(Path file, double scale) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(snapshot(scale), null);
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Ids of every entity the view holds, hidden ones included. */
    public Set<String> heldEntityIds() {
        return model.heldEntityIds();
    }

    /** Ids of the entities not hidden by the filters. */
    public Set<String> visibleEntityIds() {
        return model.visibleEntityIds();
    }

    /** Ids of the relationships drawn (not hidden, and both ends shown). */
    public Set<String> visibleRelationshipIds() {
        return model.visibleRelationshipIds();
    }

    /** Where the entity is drawn, in the coordinates of {@link #node()}; empty when hidden or not yet placed. */
    public Optional<Point2D> entityPositionInView(String entityId) {
        int i = model.nodeOf(entityId);
        if (i < 0 || model.nodeHidden[i] || !model.positioned) {
            return Optional.empty();
        }
        Point3 p = camera.toPixels(model.x(i), model.y(i));
        return Optional.of(new Point2D(p.x, p.y));
    }

    /** Where the entity is placed in layout units, shown or hidden (for previews); empty when not placed. */
    public Optional<Point2D> entityPositionInLayout(String entityId) {
        int i = model.nodeOf(entityId);
        if (i < 0 || !model.positioned) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(model.x(i), model.y(i)));
    }

    /** Stops the layout thread and the viewer. The view cannot be used afterwards. */
    public void dispose() {
        requireFxThread();
        if (disposed) {
            return;
        }
        disposed = true;
        building = false;
        preparation.dispose();
        camera.stopGlide();
        layout.stop();
        frameRequest.stop();
        pointer.hideTooltip();
        // Closing the renderer fails on style groups it never drew; an emptied graph drawn once has none.
        scene.clear();
        panel.display(scene.graphicGraph(), true);
        scene.viewer().close();
    }

    /** How many frames the view has drawn on screen so far: for frame-rate measurements. */
    public long framesDrawn() {
        return renderer.framesDrawn();
    }

    /** What the viewer draws from, for tests. */
    GraphicGraph graphicGraph() {
        return scene.graphicGraph();
    }

    /** See {@link NetworkRenderer#SIMPLE_EDGES_ABOVE}; for tests. */
    void setSimpleEdgesAbove(int edges) {
        renderer.setSimpleEdgesAbove(edges);
        // The viewer draws only when something changed, and nothing in the graph did.
        scene.graphicGraph().graphChanged = true;
        requestFrame();
    }

    /** How many models were prepared in the background and handed over, and the thread of the last; for tests. */
    int preparedModels() {
        return preparation.handOvers();
    }

    boolean preparing() {
        return preparation.pending();
    }

    String lastModelPreparedOn() {
        return preparation.lastBuiltOn();
    }

    /** See {@link NetworkRenderer#MOVING_EDGES_AT_MOST}; for tests. */
    void setMovingEdgesAtMost(int edges) {
        renderer.setMovingEdgesAtMost(edges);
    }

    /** What the last frame drew, for tests. */
    NetworkRenderer.FrameCounts lastFrameDrawn() {
        return renderer.lastFrame();
    }

    /** What on-screen frame number {@code k} drew, if it is among the last few; for tests. */
    Optional<NetworkRenderer.FrameCounts> frameDrawn(long k) {
        return renderer.frame(k);
    }

    /** The style classes an entity's node has now, for tests. */
    String entityClasses(String entityId) {
        return scene.nodeClasses(model.nodeOf(entityId));
    }

    /** The style classes a relationship's edge has now, for tests. */
    String relationshipClasses(String relationshipId) {
        return scene.edgeClasses(model.edgeOf(relationshipId));
    }

    /** The running layout's thread, for tests; empty when none runs or the engine has no thread of its own. */
    Optional<Thread> layoutThread() {
        return layout.thread();
    }

    private void setHover(int node, int edge) {
        int oldNode = styles.hoveredNode();
        int oldEdge = styles.hoveredEdge();
        styles.hover(node, edge);
        scene.restyle(new int[] {oldNode, node}, new int[] {oldEdge, edge}, styles);
        if (node != oldNode) {
            onEntityHovered.accept(node >= 0 ? Optional.of(model.entityId(node)) : Optional.empty());
        }
        if (edge != oldEdge) {
            onRelationshipHovered.accept(edge >= 0 ? Optional.of(model.relationshipId(edge)) : Optional.empty());
        }
        if (node < 0) {
            pointer.hideTooltip();
        }
        requestFrame();
    }

    /** What the pointer's gestures do to this view. */
    private final class Gestures implements PointerInteraction.Target {
        @Override
        public NetworkModel model() {
            return model;
        }

        @Override
        public int hoveredNode() {
            return styles.hoveredNode();
        }

        @Override
        public int hoveredEdge() {
            return styles.hoveredEdge();
        }

        @Override
        public void hover(int node, int edge) {
            setHover(node, edge);
        }

        @Override
        public void dragNode(int node, double xPx, double yPx) {
            Point3 p = camera.toLayout(xPx, yPx);
            model.pin(node, p.x, p.y);
            scene.moveNode(node);
            scene.freeze(node);
            camera.stopFollowing();
            layout.pin(node, p.x, p.y);
            requestFrame();
        }

        @Override
        public void zoomAround(double xPx, double yPx, double factor) {
            NetworkView.this.zoomAround(xPx, yPx, factor);
        }

        @Override
        public void zoomBy(double factor) {
            NetworkView.this.zoomBy(factor);
        }

        @Override
        public void panBy(double dxPx, double dyPx) {
            NetworkView.this.panBy(dxPx, dyPx);
        }

        @Override
        public void gestureStarted() {
            camera.stopGlide();
        }
    }

    /** Draws a frame at the next pulse; several requests within a pulse draw once. */
    private void requestFrame() {
        if (!disposed) {
            frameWanted = true;
            frameRequest.start();
        }
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("NetworkView must be used on the JavaFX thread");
        }
    }
}

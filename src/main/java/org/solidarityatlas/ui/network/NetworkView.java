package org.solidarityatlas.ui.network;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import javafx.animation.AnimationTimer;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.stylesheet.Values;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;
import org.graphstream.ui.view.util.ShortcutManager;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;

/**
 * The network of entities and relationships, drawn by GraphStream's JavaFX viewer.
 *
 * <p>The graph is built once per {@link #show(Subgraph)}; filters, selection and hover only change the hidden flag
 * and the style classes of elements (see {@code network.css}). A force layout runs on its own thread until it
 * settles. Mouse handling is our own: click callbacks, hover, node dragging, panning on empty space and wheel zoom
 * around the cursor. Every method must be called on the JavaFX thread.
 */
public final class NetworkView {

    private static final String STYLESHEET = "network.css";
    /** Above this many entities, only hubs keep their labels when zoomed out. */
    private static final int ALL_LABELS_LIMIT = 150;
    /** Networks with up to this many elements are built at once; larger ones a slice per frame. */
    private static final int BUILD_AT_ONCE = 3_000;
    private static final long BUILD_SLICE_NANOS = 12_000_000;
    private static final long BUILDING_FRAME_EVERY_NANOS = 1_000_000_000;
    /** A selection with more highlighted relationships than this labels them only on hover: they would pile up. */
    private static final int MAX_LABELLED_EDGES = 10;
    /** Pixels the mouse may move during a press and still count as a click. */
    private static final double CLICK_SLOP = 4;
    /** Extra pixels around a node, and either side of an edge, that still pick it. */
    private static final double PICK_TOLERANCE = 4;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN = 60;
    private static final double MIN_ZOOM = 0.01;
    private static final double MAX_ZOOM = 4;
    /** A length in pixels, and a text size (GraphStream's text sizes are in pixels without saying so). */
    private static final Pattern PIXEL_LENGTH = Pattern.compile("(?<number>\\d+(?:\\.\\d+)?)px");
    private static final Pattern TEXT_OFFSET =
            Pattern.compile("text-offset:\\s*(?<x>-?\\d+(?:\\.\\d+)?)px,\\s*(?<y>-?\\d+(?:\\.\\d+)?)px");
    private static final Pattern TEXT_SIZE = Pattern.compile("text-size:\\s*(?<number>\\d+(?:\\.\\d+)?)");
    /** How much, at most, a settled layout is stretched along one axis to fill the view. */
    private static final double MAX_STRETCH = 3;
    /** The stylesheet's node text size, used to measure labels. */
    private static final double LABEL_FONT_SIZE = 13;

    private final MultiGraph graph = new MultiGraph("network", false, false);
    private final OnDemandViewer viewer;
    private final NetworkRenderer renderer = new NetworkRenderer();
    private final String stylesheet = readStylesheet();
    private final FxDefaultView panel;
    private final Pane root;
    private final AnimationTimer frameRequest;
    private final Tooltip tooltip = new Tooltip();

    // The graph as shown: index-aligned arrays, built by show().
    private List<Entity> entities = List.of();
    private List<Relationship> relationships = List.of();
    private final Map<String, Integer> entityIndex = new HashMap<>();
    private final Map<String, Integer> relationshipIndex = new HashMap<>();
    private Node[] nodes = new Node[0];
    /** The viewer's copies of the nodes and edges, whose hidden flags the filters set directly. */
    private GraphicElement[] graphicNodes = new GraphicElement[0];
    private GraphicElement[] graphicEdges = new GraphicElement[0];
    private Edge[] edges = new Edge[0];
    private int[] edgeFrom = new int[0];
    private int[] edgeTo = new int[0];
    private boolean[] minor = new boolean[0];
    private int[] degree = new int[0];
    private String[] nodeLabels = new String[0];
    /** Label box sizes in pixels, measured once the layout settles (all labels shown: not measured). */
    private double[] labelWidth;
    private double[] labelHeight;
    private double[] nodeSizePx = new double[0];
    private boolean[] nodeHidden = new boolean[0];
    private boolean[] edgeHidden = new boolean[0];
    private boolean[] pinned = new boolean[0];
    private String[] nodeClasses = new String[0];
    private String[] edgeClasses = new String[0];
    private double[] positions = new double[0];
    /** Where the layout starts: kept places when the view was rebuilt around them, else null (its own start). */
    private double[] startPlaces;
    private boolean positioned;
    // Elements added so far; a large network is added over several frames.
    private int nodesBuilt;
    private int edgesBuilt;
    private boolean building;
    private long lastDrawnWhileBuilding;
    /** A frame was asked for since the last one was drawn. */
    private boolean frameWanted;

    // Selection and hover.
    private String selectedEntity;
    private Set<String> highlightedEntities = Set.of();
    private Set<String> highlightedRelationships = Set.of();
    private int hoveredNode = -1;
    private int hoveredEdge = -1;
    private Set<String> joined = Set.of();
    private Set<String> left = Set.of();

    // Layout and camera.
    private ForceLayout layout;
    private final AtomicReference<ForceLayout.Frame> pendingFrame = new AtomicReference<>();
    private boolean layoutSettled = true;
    /** True while the camera frames the whole network by itself: until the person zooms, pans or drags. */
    private boolean followLayout = true;
    private NetworkCamera camera = new NetworkCamera(0, 0, 1);
    private double[] layoutBounds = {-1, -1, 1, 1};
    private Transition glide;

    // Mouse gesture in progress.
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int pressedNode = -1;
    private double grabDx;
    private double grabDy;
    private int pressedEdge = -1;
    private boolean dragging;

    private Consumer<String> onEntityClicked = id -> { };
    private Consumer<String> onRelationshipClicked = id -> { };
    private Runnable onBackgroundClicked = () -> { };
    private Consumer<Optional<String>> onEntityHovered = id -> { };
    private Consumer<Optional<String>> onRelationshipHovered = id -> { };
    private Function<String, String> entityTooltip;
    private Runnable onLayoutSettled = () -> { };
    private boolean disposed;

    public NetworkView() {
        graph.setAttribute("ui.stylesheet", stylesheet);
        viewer = new OnDemandViewer(graph);
        panel = (FxDefaultView) viewer.addDefaultView(false, renderer);
        // The default managers do rubber-band selection and keyboard camera moves that fight ours.
        panel.setMouseManager(new InertMouseManager());
        panel.setShortcutManager(new InertShortcutManager());
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
                if (building && buildSlice(BUILD_SLICE_NANOS)) {
                    building = false;
                    startLayout();
                }
                applyLayoutFrame();
                // A half-built network is drawn only now and then: each frame draws everything added so far.
                if (!building || now - lastDrawnWhileBuilding >= BUILDING_FRAME_EVERY_NANOS) {
                    viewer.drawFrame();
                    lastDrawnWhileBuilding = building ? now : 0;
                }
            }
        };
        installMouseHandling();
    }

    /** The pane to put in the scene. */
    public Region node() {
        return root;
    }

    /** Builds the whole graph (replacing any previous one) and starts the force layout. */
    public void show(Subgraph all) {
        requireFxThread();
        build(all, Map.of());
        followLayout = true;
    }

    /**
     * Replaces the graph by another part of the same dataset: entities shown before keep their places, newcomers
     * start beside a placed neighbour, the layout carries on from there and the camera stays where it is.
     */
    public void showKeepingPlaces(Subgraph part) {
        requireFxThread();
        Map<String, double[]> places = new HashMap<>();
        if (positioned) {
            for (int i = 0; i < entities.size(); i++) {
                places.put(entities.get(i).id(), new double[] {positions[2 * i], positions[2 * i + 1]});
            }
        }
        build(part, places);
    }

    private void build(Subgraph all, Map<String, double[]> places) {
        stopLayout();
        building = false;
        graph.clear();
        graph.setAttribute("ui.stylesheet", stylesheet);
        entityIndex.clear();
        relationshipIndex.clear();
        selectedEntity = null;
        highlightedEntities = Set.of();
        highlightedRelationships = Set.of();
        joined = Set.of();
        left = Set.of();
        hoveredNode = -1;
        hoveredEdge = -1;
        tooltip.hide();
        stopGlide();

        List<Entity> distinct = new ArrayList<>();
        for (Entity e : all.entities()) {
            // GraphStream keeps one node per id; a repeated entity would shift every index after it.
            if (entityIndex.putIfAbsent(e.id(), distinct.size()) == null) {
                distinct.add(e);
            }
        }
        entities = List.copyOf(distinct);
        int n = entities.size();
        List<Relationship> drawable = new ArrayList<>();
        for (Relationship r : all.relationships()) {
            // A relationship whose ends are not both in the subgraph has nothing to attach to.
            if (entityIndex.containsKey(r.from()) && entityIndex.containsKey(r.to())
                    && !relationshipIndex.containsKey(r.id())) {
                relationshipIndex.put(r.id(), drawable.size());
                drawable.add(r);
            }
        }
        relationships = List.copyOf(drawable);
        int m = relationships.size();

        degree = new int[n];
        edgeFrom = new int[m];
        edgeTo = new int[m];
        for (int j = 0; j < m; j++) {
            edgeFrom[j] = entityIndex.get(relationships.get(j).from());
            edgeTo[j] = entityIndex.get(relationships.get(j).to());
            degree[edgeFrom[j]]++;
            degree[edgeTo[j]]++;
        }
        minor = minorNodes(degree);

        nodes = new Node[n];
        graphicNodes = new GraphicElement[n];
        nodeSizePx = new double[n];
        nodeHidden = new boolean[n];
        pinned = new boolean[n];
        nodeClasses = new String[n];
        nodeLabels = new String[n];
        labelWidth = null;
        labelHeight = null;
        for (int i = 0; i < n; i++) {
            nodeSizePx[i] = sizeForDegree(degree[i], n);
        }
        edges = new Edge[m];
        graphicEdges = new GraphicElement[m];
        edgeHidden = new boolean[m];
        edgeClasses = new String[m];
        nodesBuilt = 0;
        edgesBuilt = 0;
        positions = new double[2 * n];
        startPlaces = placesFor(places);
        positioned = startPlaces != null;
        if (positioned) {
            System.arraycopy(startPlaces, 0, positions, 0, positions.length);
            layoutBounds = boundsOfAll();
        }
        layoutSettled = false;

        // A large network is added a slice per frame so that the window stays responsive meanwhile.
        building = !buildSlice(n + m <= BUILD_AT_ONCE ? Long.MAX_VALUE : BUILD_SLICE_NANOS);
        if (!building) {
            startLayout();
        }
        requestFrame();
    }

    /** Adds graph elements for up to {@code budget} nanoseconds; true once all are added. */
    private boolean buildSlice(long budget) {
        long start = System.nanoTime();
        while (nodesBuilt < nodes.length) {
            int i = nodesBuilt++;
            Entity e = entities.get(i);
            Node node = graph.addNode(e.id());
            node.setAttribute("ui.size", nodeSizePx[i]);
            if (positioned) {
                node.setAttribute("xyz", positions[2 * i], positions[2 * i + 1], 0.0);
            }
            nodes[i] = node;
            graphicNodes[i] = (GraphicElement) viewer.getGraphicGraph().getNode(e.id());
            nodeClasses[i] = null;
            nodeLabels[i] = null;
            refreshNodeClass(i);
            graphicNodes[i].hidden = nodeHidden[i];
            if ((i & 63) == 0 && System.nanoTime() - start > budget) {
                return false;
            }
        }
        while (edgesBuilt < edges.length) {
            int j = edgesBuilt++;
            Relationship r = relationships.get(j);
            Edge edge = graph.addEdge(r.id(), nodes[edgeFrom[j]], nodes[edgeTo[j]], true);
            edge.setAttribute("ui.label", r.typeInWords());
            edges[j] = edge;
            graphicEdges[j] = (GraphicElement) viewer.getGraphicGraph().getEdge(r.id());
            edgeClasses[j] = null;
            refreshEdgeClass(j);
            graphicEdges[j].hidden = edgeHidden[j];
            if ((j & 63) == 0 && System.nanoTime() - start > budget) {
                return false;
            }
        }
        return true;
    }

    /**
     * Start positions {@code [x0, y0, ...]} for the entities now shown: their old place when they had one, else
     * beside a placed neighbour, else at random among the placed ones; null when none had a place.
     */
    private double[] placesFor(Map<String, double[]> places) {
        int n = entities.size();
        boolean[] placed = new boolean[n];
        double[] xy = new double[2 * n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            double[] place = places.get(entities.get(i).id());
            if (place != null) {
                xy[2 * i] = place[0];
                xy[2 * i + 1] = place[1];
                placed[i] = true;
                known++;
            }
        }
        if (known == 0) {
            return null;
        }
        double[] box = boxOf(xy, placed);
        Random random = new Random(n);
        double spread = Math.max(box[2] - box[0], box[3] - box[1]) / Math.sqrt(known + 1);
        for (int j = 0; j < edgeFrom.length; j++) {
            int a = edgeFrom[j];
            int b = edgeTo[j];
            if (placed[a] != placed[b]) {
                int free = placed[a] ? b : a;
                int anchor = placed[a] ? a : b;
                xy[2 * free] = xy[2 * anchor] + (random.nextDouble() - 0.5) * spread;
                xy[2 * free + 1] = xy[2 * anchor + 1] + (random.nextDouble() - 0.5) * spread;
                placed[free] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                xy[2 * i] = box[0] + random.nextDouble() * (box[2] - box[0]);
                xy[2 * i + 1] = box[1] + random.nextDouble() * (box[3] - box[1]);
            }
        }
        return xy;
    }

    /** {@code [minX, minY, maxX, maxY]} of the positions marked placed (at least one is). */
    private static double[] boxOf(double[] xy, boolean[] placed) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < placed.length; i++) {
            if (placed[i]) {
                box[0] = Math.min(box[0], xy[2 * i]);
                box[1] = Math.min(box[1], xy[2 * i + 1]);
                box[2] = Math.max(box[2], xy[2 * i]);
                box[3] = Math.max(box[3], xy[2 * i + 1]);
            }
        }
        return box;
    }

    private void startLayout() {
        List<String> ids = entities.stream().map(Entity::id).toList();
        List<ForceLayout.Link> links = new ArrayList<>(edges.length);
        for (int j = 0; j < edges.length; j++) {
            links.add(new ForceLayout.Link(relationships.get(j).id(), edgeFrom[j], edgeTo[j]));
        }
        layout = new ForceLayout(ids, links, 1L, startPlaces, this::layoutFrameArrived);
        layout.start();
    }

    /** Shows exactly the given entities and relationships; a relationship also needs both its ends shown. */
    public void applyVisibility(Set<String> visibleEntityIds, Set<String> visibleRelationshipIds) {
        requireFxThread();
        for (int i = 0; i < nodes.length; i++) {
            setHidden(graphicNodes[i], nodeHidden, i, !visibleEntityIds.contains(entities.get(i).id()));
        }
        for (int j = 0; j < edges.length; j++) {
            boolean hide = nodeHidden[edgeFrom[j]] || nodeHidden[edgeTo[j]]
                    || !visibleRelationshipIds.contains(relationships.get(j).id());
            setHidden(graphicEdges[j], edgeHidden, j, hide);
        }
        viewer.getGraphicGraph().graphChanged = true;
        if (hoveredNode >= 0 && nodeHidden[hoveredNode] || hoveredEdge >= 0 && edgeHidden[hoveredEdge]) {
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
        if (Objects.equals(selectedEntity, entityId.orElse(null)) && this.highlightedEntities.equals(highlightedEntities)
                && this.highlightedRelationships.equals(highlightedRelationships)) {
            return;
        }
        this.selectedEntity = entityId.orElse(null);
        this.highlightedEntities = Set.copyOf(highlightedEntities);
        this.highlightedRelationships = Set.copyOf(highlightedRelationships);
        refreshClasses();
        requestFrame();
    }

    /**
     * Marks what changed between two moments: entities and relationships that joined get a green halo, those that
     * ended a red tint (ids of either kind; entity and relationship ids do not collide in a dataset). Empty sets
     * clear the marks.
     */
    public void setChangeMarks(Set<String> joinedIds, Set<String> leftIds) {
        requireFxThread();
        if (joined.equals(joinedIds) && left.equals(leftIds)) {
            // Restyling every element of a large network for nothing would hold the JavaFX thread.
            return;
        }
        this.joined = Set.copyOf(joinedIds);
        this.left = Set.copyOf(leftIds);
        refreshClasses();
        requestFrame();
    }

    public void setOnEntityClicked(Consumer<String> handler) {
        onEntityClicked = Objects.requireNonNull(handler);
    }

    public void setOnRelationshipClicked(Consumer<String> handler) {
        onRelationshipClicked = Objects.requireNonNull(handler);
    }

    public void setOnBackgroundClicked(Runnable handler) {
        onBackgroundClicked = Objects.requireNonNull(handler);
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
        entityTooltip = textForEntityId;
        if (textForEntityId == null) {
            tooltip.hide();
        }
    }

    /** Called once the force layout has settled and stopped. */
    public void setOnLayoutSettled(Runnable handler) {
        onLayoutSettled = Objects.requireNonNull(handler);
    }

    public boolean isLayoutSettled() {
        return layoutSettled;
    }

    /** Frames the visible entities (all of them when none is visible). */
    public void fit() {
        requireFxThread();
        setCamera(cameraFitting(visibleEntityIds().isEmpty() ? entityIndex.keySet() : visibleEntityIds()));
    }

    /** Puts the entity at the centre of the view, keeping the zoom. */
    public void centreOn(String entityId) {
        requireFxThread();
        Integer i = entityIndex.get(entityId);
        if (i != null && positioned) {
            setCamera(new NetworkCamera(positions[2 * i], positions[2 * i + 1], camera.zoom()));
        }
    }

    /** Zooms around the centre of the view; a factor above 1 brings things closer. */
    public void zoomBy(double factor) {
        requireFxThread();
        zoomAround(root.getWidth() / 2, root.getHeight() / 2, factor);
    }

    public NetworkCamera camera() {
        return camera;
    }

    public void setCamera(NetworkCamera camera) {
        requireFxThread();
        stopGlide();
        moveCamera(camera);
    }

    /** Moves the camera smoothly to {@code target} over {@code duration}; any mouse gesture interrupts it. */
    public void glideTo(NetworkCamera target, Duration duration) {
        requireFxThread();
        stopGlide();
        NetworkCamera from = camera;
        glide = new Transition() {
            {
                setCycleDuration(duration);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double t) {
                moveCamera(from.towards(target, t));
            }
        };
        glide.setOnFinished(e -> moveCamera(target));
        glide.play();
    }

    private void stopGlide() {
        if (glide != null) {
            glide.stop();
            glide = null;
        }
    }

    private void moveCamera(NetworkCamera camera) {
        followLayout = false;
        this.camera = Objects.requireNonNull(camera);
        applyCamera();
    }

    /** The camera that frames the given entities with the view's current size and the graph's padding. */
    public NetworkCamera cameraFitting(Collection<String> entityIds) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (String id : entityIds) {
            Integer i = entityIndex.get(id);
            if (i != null && positioned) {
                minX = Math.min(minX, positions[2 * i]);
                maxX = Math.max(maxX, positions[2 * i]);
                minY = Math.min(minY, positions[2 * i + 1]);
                maxY = Math.max(maxY, positions[2 * i + 1]);
            }
        }
        if (minX > maxX) {
            return new NetworkCamera(centreOf(layoutBounds, 0), centreOf(layoutBounds, 1), 1);
        }
        double[] usable = usableViewport();
        double layoutWidth = layoutBounds[2] - layoutBounds[0];
        double layoutHeight = layoutBounds[3] - layoutBounds[1];
        double wholeScale = Math.min(usable[0] / layoutWidth, usable[1] / layoutHeight);
        // A lone entity (or a line of them) is framed as if the box were a tenth of the layout wide.
        double width = Math.max(maxX - minX, layoutWidth / 10);
        double height = Math.max(maxY - minY, layoutHeight / 10);
        double wantedScale = Math.min(usable[0] / width, usable[1] / height);
        // Labels reach right of their nodes: leave room for those of the rightmost ones, shifting the frame left.
        double overflow = labelOverflowPx(entityIds, maxX, wantedScale);
        if (overflow > 0) {
            double narrower = Math.max(usable[0] / 2, usable[0] - overflow);
            wantedScale = Math.min(narrower / width, usable[1] / height);
            overflow = Math.min(usable[0] / 2, labelOverflowPx(entityIds, maxX, wantedScale));
        }
        double zoom = clampZoom(wholeScale / wantedScale);
        double shift = overflow / 2 / (wholeScale / zoom);
        return new NetworkCamera((minX + maxX) / 2 + shift, (minY + maxY) / 2, zoom);
    }

    /** How many pixels the shown labels reach past the rightmost of the given nodes at a scale (0 if unknown). */
    private double labelOverflowPx(Collection<String> entityIds, double maxX, double pxPerUnit) {
        if (labelWidth == null || labelWidth.length != nodes.length) {
            return 0;
        }
        double overflow = 0;
        for (String id : entityIds) {
            Integer i = entityIndex.get(id);
            if (i != null && !minor[i]) {
                overflow = Math.max(overflow, (positions[2 * i] - maxX) * pxPerUnit + labelWidth[i]);
            }
        }
        return Math.max(0, overflow - labelRoomInPadding());
    }

    /** Pixels of the graph's padding that a label may run into, keeping a small margin to the edge. */
    private double labelRoomInPadding() {
        Values padding = viewer.getGraphicGraph().getStyle().getPadding();
        return Math.max(0, (padding.size() > 0 ? padding.get(0) : 0) - 8);
    }

    /** The view as an image, {@code scale} times its size on screen, drawn anew at that resolution. */
    public WritableImage snapshot(double scale) {
        requireFxThread();
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
        int width = (int) Math.max(1, Math.round(root.getWidth() * scale));
        int height = (int) Math.max(1, Math.round(root.getHeight() * scale));
        Canvas canvas = new Canvas(width, height);
        // GraphStream draws labels without the context's transform, so scaling the canvas would leave text at
        // screen size. Instead every pixel length of the style grows by the scale while the view is drawn on a
        // viewport as much larger, which frames the same part of the network.
        setDrawingScale(scale);
        try {
            renderer.render(canvas.getGraphicsContext2D(), 0, 0, width, height);
        } finally {
            setDrawingScale(1);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = canvas.snapshot(parameters, null);
        // Draw the view again so the camera is back to the screen's viewport.
        panel.display(viewer.getGraphicGraph(), true);
        return image;
    }

    private void setDrawingScale(double scale) {
        graph.setAttribute("ui.stylesheet", scale == 1 ? stylesheet : scaledStylesheet(stylesheet, scale));
        for (int i = 0; i < nodesBuilt; i++) {
            nodes[i].setAttribute("ui.size", nodeSizePx[i] * scale);
        }
    }

    /**
     * The stylesheet for drawing {@code scale} times larger: every pixel length and text size multiplied.
     * GraphStream measures labels in JavaFX's default font whatever their size, so a larger text would sit too
     * high and outgrow its background: text offsets make up the height, and backgrounds are left out.
     */
    static String scaledStylesheet(String css, double scale) {
        String scaled = scaleNumbers(scaleNumbers(css, PIXEL_LENGTH, scale), TEXT_SIZE, scale);
        double measuredHeight = new Text("Hg").getLayoutBounds().getHeight();
        double raise = (scale - 1) * measuredHeight / 6;
        Matcher m = TEXT_OFFSET.matcher(scaled);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double y = Double.parseDouble(m.group("y")) + raise;
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "text-offset: " + m.group("x") + "px, " + String.format(Locale.ROOT, "%.2f", y) + "px"));
        }
        m.appendTail(out);
        return out.toString().replace("text-background-mode: rounded-box", "text-background-mode: none");
    }

    private static String scaleNumbers(String text, Pattern pattern, double scale) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = String.format(Locale.ROOT, "%.2f", Double.parseDouble(m.group("number")) * scale);
            String match = m.group();
            int at = m.start("number") - m.start();
            String replaced = match.substring(0, at) + number + match.substring(at + m.group("number").length());
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
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
        return Set.copyOf(entityIndex.keySet());
    }

    /** Ids of the entities not hidden by the filters. */
    public Set<String> visibleEntityIds() {
        Set<String> visible = new LinkedHashSet<>();
        for (int i = 0; i < nodes.length; i++) {
            if (!nodeHidden[i]) {
                visible.add(entities.get(i).id());
            }
        }
        return visible;
    }

    /** Ids of the relationships drawn (not hidden, and both ends shown). */
    public Set<String> visibleRelationshipIds() {
        Set<String> visible = new LinkedHashSet<>();
        for (int j = 0; j < edges.length; j++) {
            if (!edgeHidden[j]) {
                visible.add(relationships.get(j).id());
            }
        }
        return visible;
    }

    /** Where the entity is drawn, in the coordinates of {@link #node()}; empty when hidden or not yet placed. */
    public Optional<Point2D> entityPositionInView(String entityId) {
        Integer i = entityIndex.get(entityId);
        if (i == null || nodeHidden[i] || !positioned) {
            return Optional.empty();
        }
        Point3 p = graphCamera().transformGuToPx(positions[2 * i], positions[2 * i + 1], 0);
        return Optional.of(new Point2D(p.x, p.y));
    }

    /** Stops the layout thread and the viewer. The view cannot be used afterwards. */
    public void dispose() {
        requireFxThread();
        if (disposed) {
            return;
        }
        disposed = true;
        building = false;
        stopGlide();
        stopLayout();
        frameRequest.stop();
        tooltip.hide();
        // Closing the renderer fails on style groups it never drew; an emptied graph drawn once has none.
        graph.clear();
        panel.display(viewer.getGraphicGraph(), true);
        viewer.close();
    }

    /** What the viewer draws from, for tests. */
    GraphicGraph graphicGraph() {
        return viewer.getGraphicGraph();
    }

    /** What the last frame drew, for tests and measurements. */
    /** How many frames the view has drawn on screen so far: for frame-rate measurements. */
    public long framesDrawn() {
        return renderer.framesDrawn();
    }

    /** See {@link NetworkRenderer#SIMPLE_EDGES_ABOVE}; for tests. */
    void setSimpleEdgesAbove(int edges) {
        renderer.setSimpleEdgesAbove(edges);
        requestFrame();
    }

    NetworkRenderer.FrameCounts lastFrameDrawn() {
        return renderer.lastFrame();
    }

    /** The style classes an entity's node has now, for tests. */
    String entityClasses(String entityId) {
        return nodeClasses[entityIndex.get(entityId)];
    }

    /** The style classes a relationship's edge has now, for tests. */
    String relationshipClasses(String relationshipId) {
        return edgeClasses[relationshipIndex.get(relationshipId)];
    }

    // ---- layout

    /** On the layout thread: keep the newest frame and ask the JavaFX thread to draw it. */
    private void layoutFrameArrived(ForceLayout.Frame frame) {
        if (pendingFrame.getAndSet(frame) == null) {
            Platform.runLater(this::requestFrame);
        }
    }

    private void applyLayoutFrame() {
        ForceLayout.Frame frame = pendingFrame.getAndSet(null);
        if (frame == null || frame.positions().length != positions.length) {
            return;
        }
        double[] xy = frame.positions();
        for (int i = 0; i < nodes.length; i++) {
            if (!pinned[i]) {
                positions[2 * i] = xy[2 * i];
                positions[2 * i + 1] = xy[2 * i + 1];
                nodes[i].setAttribute("xyz", xy[2 * i], xy[2 * i + 1], 0.0);
            }
        }
        positioned = true;
        layoutBounds = boundsOfAll();
        // Zoom is relative to the whole layout, not to what the filters leave visible (GraphStream's default),
        // so that filtering never changes the scale.
        graphCamera().setGraphViewport(layoutBounds[0], layoutBounds[1], layoutBounds[2], layoutBounds[3]);
        if (followLayout) {
            camera = cameraFitting(visibleEntityIds());
            applyCamera();
        }
        if (frame.settled() && !layoutSettled) {
            spaceLabels();
            layoutSettled = true;
            // The camera keeps framing the whole network (on resizes too) until the person moves it.
            onLayoutSettled.run();
        }
    }

    /**
     * Once settled, keeps the labels that fit when the whole network is framed (the most connected first) and moves
     * nodes just enough that those labels do not overlap. Spreading for every long label would stretch the layout
     * into a strip, since each push widens the box and so shrinks the drawing for the next.
     */
    private void spaceLabels() {
        int n = nodes.length;
        if (n == 0 || n > ALL_LABELS_LIMIT) {
            return;
        }
        labelWidth = new double[n];
        labelHeight = new double[n];
        Text probe = new Text();
        probe.setFont(Font.font(LABEL_FONT_SIZE));
        for (int i = 0; i < n; i++) {
            probe.setText(LabelSpacing.shortened(entities.get(i).shortLabel()));
            // Labels sit to the right of their node (see network.css), with padding around the text.
            labelWidth[i] = nodeSizePx[i] / 2 + 3 + probe.getLayoutBounds().getWidth() + 4;
            labelHeight[i] = probe.getLayoutBounds().getHeight() + 2;
        }
        boolean[] fitting = labelsThatFit();
        for (int i = 0; i < n; i++) {
            minor[i] = !fitting[i];
        }
        double[] usable = usableViewport();
        // Spaced for the width that fit() leaves to nodes once the labels of the rightmost ones have their room.
        double reserve = 0;
        for (int i = 0; i < n; i++) {
            reserve = minor[i] ? reserve : Math.max(reserve, labelWidth[i] - labelRoomInPadding());
        }
        double width = Math.max(usable[0] / 2, usable[0] - reserve);
        positions = spreadForLabels(pulledTogether(positions, edgeFrom, edgeTo, pinned), nodeSizePx, labelWidth,
                labelHeight, minor, pinned, width, usable[1]);
        layoutBounds = boundsOfAll();
        for (int i = 0; i < n; i++) {
            nodes[i].setAttribute("xyz", positions[2 * i], positions[2 * i + 1], 0.0);
        }
        graphCamera().setGraphViewport(layoutBounds[0], layoutBounds[1], layoutBounds[2], layoutBounds[3]);
        chooseLabelledNodes();
        if (followLayout) {
            camera = cameraFitting(visibleEntityIds());
            applyCamera();
        }
    }

    /**
     * Positions with each smaller connected part of the network (and each lone node) moved, whole, to the nearest
     * place inside the box of the largest part. Nothing links them to it, so the force layout lets them drift far
     * away, and framing them too would shrink the main part. Fixed nodes and parts holding one stay put.
     */
    static double[] pulledTogether(double[] positions, int[] from, int[] to, boolean[] fixed) {
        int n = fixed.length;
        int[] part = new int[n];
        for (int i = 0; i < n; i++) {
            part[i] = i;
        }
        for (int j = 0; j < from.length; j++) {
            int a = root(part, from[j]);
            int b = root(part, to[j]);
            if (a != b) {
                part[a] = b;
            }
        }
        int[] partSize = new int[n];
        boolean[] partFixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            part[i] = root(part, i);
            partSize[part[i]]++;
            partFixed[part[i]] |= fixed[i];
        }
        int largest = 0;
        for (int i = 0; i < n; i++) {
            if (partSize[i] > partSize[largest]) {
                largest = i;
            }
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        for (int i = 0; i < n; i++) {
            sumX[part[i]] += positions[2 * i];
            sumY[part[i]] += positions[2 * i + 1];
            if (part[i] == largest) {
                minX = Math.min(minX, positions[2 * i]);
                maxX = Math.max(maxX, positions[2 * i]);
                minY = Math.min(minY, positions[2 * i + 1]);
                maxY = Math.max(maxY, positions[2 * i + 1]);
            }
        }
        double[] result = positions.clone();
        if (n == 0) {
            return result;
        }
        for (int i = 0; i < n; i++) {
            int p = part[i];
            if (p == largest || partFixed[p]) {
                continue;
            }
            double cx = sumX[p] / partSize[p];
            double cy = sumY[p] / partSize[p];
            result[2 * i] += Math.max(minX, Math.min(maxX, cx)) - cx;
            result[2 * i + 1] += Math.max(minY, Math.min(maxY, cy)) - cy;
        }
        return result;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Marks as minor (label shown when zoomed in) the nodes whose labels do not fit the view's current size, or
     * would overlap a more connected node's label when the whole network is framed.
     */
    private void chooseLabelledNodes() {
        int n = nodes.length;
        double[] left = new double[n];
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            left[i] = nodeSizePx[i] / 2;
            half[i] = labelHeight[i] / 2;
        }
        double[] usable = usableViewport();
        double pxPerUnit = Math.min(usable[0] / (layoutBounds[2] - layoutBounds[0]),
                usable[1] / (layoutBounds[3] - layoutBounds[1]));
        boolean[] labelled = LabelSpacing.withoutOverlaps(labelsThatFit(), positions, left, labelWidth, half, degree,
                pxPerUnit);
        for (int i = 0; i < n; i++) {
            minor[i] = !labelled[i];
        }
        refreshClasses();
    }

    private boolean[] labelsThatFit() {
        double[] usable = usableViewport();
        return LabelSpacing.labelsThatFit(labelWidth, labelHeight, degree, usable[0], usable[1]);
    }

    /**
     * Positions {@code [x0, y0, ...]} moved so that nodes, and the labels of those not {@code minor}, do not overlap
     * when the layout is framed in a view of the given size (pixels). Package-private for tests.
     */
    static double[] spreadForLabels(double[] positions, double[] nodeSizePx, double[] labelWidth,
            double[] labelHeight, boolean[] minor, boolean[] fixed, double viewWidth, double viewHeight) {
        int n = nodeSizePx.length;
        double[] left = new double[n];
        double[] right = new double[n];
        double[] above = new double[n];
        double[] below = new double[n];
        for (int i = 0; i < n; i++) {
            double half = nodeSizePx[i] / 2;
            left[i] = half + 2;
            right[i] = minor[i] ? half + 2 : labelWidth[i];
            above[i] = Math.max(half, minor[i] ? 0 : labelHeight[i] / 2) + 1;
            below[i] = above[i];
        }
        double[] result = stretchedToAspect(positions, fixed, viewWidth / viewHeight);
        // Spreading widens the layout, which shrinks the drawing: a few rounds converge.
        for (int round = 0; round < 3; round++) {
            double[] box = boundsOf(result);
            double pxPerUnit = Math.min(viewWidth / box[0], viewHeight / box[1]);
            result = LabelSpacing.spread(result, left, right, above, below, fixed, pxPerUnit, 200);
        }
        // Wide labels are mostly pushed apart vertically, which makes the layout taller than the view.
        return stretchedToAspect(result, fixed, viewWidth / viewHeight);
    }

    /**
     * Positions stretched along their shorter axis (about their centre) so that their box has the given width to
     * height ratio. Stretching only moves nodes apart, so it undoes no spacing, and the framed network then fills
     * the view instead of a strip of it. Fixed nodes stay where they are.
     */
    static double[] stretchedToAspect(double[] positions, boolean[] fixed, double aspect) {
        double[] box = boundsOf(positions);
        double[] centre = centreOfBox(positions);
        // Bounded, so that a line of a few nodes is not turned into a diagonal.
        double stretchX = Math.min(MAX_STRETCH, Math.max(1, aspect * box[1] / box[0]));
        double stretchY = Math.min(MAX_STRETCH, Math.max(1, box[0] / (aspect * box[1])));
        double[] result = positions.clone();
        for (int i = 0; i < fixed.length; i++) {
            if (!fixed[i]) {
                result[2 * i] = centre[0] + (positions[2 * i] - centre[0]) * stretchX;
                result[2 * i + 1] = centre[1] + (positions[2 * i + 1] - centre[1]) * stretchY;
            }
        }
        return result;
    }

    private static double[] centreOfBox(double[] positions) {
        double[] box = boxOf(positions);
        return box == null ? new double[] {0, 0} : new double[] {(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
    }

    /** Width and height of the box around positions {@code [x0, y0, ...]}, never zero. */
    static double[] boundsOf(double[] positions) {
        double[] box = boxOf(positions);
        return box == null ? new double[] {1, 1}
                : new double[] {Math.max(box[2] - box[0], 1e-9), Math.max(box[3] - box[1], 1e-9)};
    }

    /** {@code [minX, minY, maxX, maxY]} of positions {@code [x0, y0, ...]}, or null when there are none. */
    private static double[] boxOf(double[] positions) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < positions.length; i += 2) {
            minX = Math.min(minX, positions[i]);
            maxX = Math.max(maxX, positions[i]);
            minY = Math.min(minY, positions[i + 1]);
            maxY = Math.max(maxY, positions[i + 1]);
        }
        return minX > maxX ? null : new double[] {minX, minY, maxX, maxY};
    }

    private void stopLayout() {
        if (layout != null) {
            layout.stop();
            layout = null;
        }
        pendingFrame.set(null);
        layoutSettled = true;
    }

    private double[] boundsOfAll() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nodes.length; i++) {
            minX = Math.min(minX, positions[2 * i]);
            maxX = Math.max(maxX, positions[2 * i]);
            minY = Math.min(minY, positions[2 * i + 1]);
            maxY = Math.max(maxY, positions[2 * i + 1]);
        }
        if (minX > maxX) {
            return new double[] {-1, -1, 1, 1};
        }
        // Never a zero-sized box: the camera divides by its width and height.
        double width = Math.max(maxX - minX, 1);
        double height = Math.max(maxY - minY, 1);
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return new double[] {cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2};
    }

    // ---- camera

    private void applyCamera() {
        Camera c = graphCamera();
        c.setViewCenter(camera.centreX(), camera.centreY(), 0);
        c.setViewPercent(camera.zoom());
        requestFrame();
    }

    private void zoomAround(double x, double y, double factor) {
        if (!(factor > 0) || !positioned) {
            return;
        }
        double zoom = clampZoom(camera.zoom() / factor);
        // From our camera rather than the last frame's transform: several wheel events can come between frames.
        double scale = pxPerUnit(camera);
        double anchorX = camera.centreX() + (x - root.getWidth() / 2) / scale;
        double anchorY = camera.centreY() - (y - root.getHeight() / 2) / scale;
        // Keep the point under the cursor where it is: it moves towards the centre as the scale grows.
        double keep = zoom / camera.zoom();
        double cx = anchorX - (anchorX - camera.centreX()) * keep;
        double cy = anchorY - (anchorY - camera.centreY()) * keep;
        setCamera(new NetworkCamera(cx, cy, zoom));
    }

    /** Moves what is shown by a number of pixels (positive: to the right and down), as dragging the background. */
    public void panBy(double dxPx, double dyPx) {
        requireFxThread();
        double scale = pxPerUnit(camera);
        setCamera(new NetworkCamera(camera.centreX() - dxPx / scale, camera.centreY() + dyPx / scale, camera.zoom()));
    }

    /** Pixels per layout unit for a camera, as GraphStream's camera computes them in its user view. */
    private double pxPerUnit(NetworkCamera c) {
        double[] usable = usableViewport();
        return Math.min(usable[0] / (layoutBounds[2] - layoutBounds[0]),
                usable[1] / (layoutBounds[3] - layoutBounds[1])) / c.zoom();
    }

    private void viewportResized() {
        if (labelWidth != null && labelWidth.length == nodes.length) {
            // More room shows more labels, less room fewer.
            chooseLabelledNodes();
        }
        if (followLayout && positioned) {
            camera = cameraFitting(visibleEntityIds());
            applyCamera();
        }
        requestFrame();
    }

    /** Width and height left for the graph once the stylesheet's padding is taken off each side. */
    private double[] usableViewport() {
        Values padding = viewer.getGraphicGraph().getStyle().getPadding();
        double pad = padding.size() > 0 ? padding.get(0) : 0;
        double width = Math.max(root.getWidth() > 0 ? root.getWidth() : panel.getPrefWidth(), 1);
        double height = Math.max(root.getHeight() > 0 ? root.getHeight() : panel.getPrefHeight(), 1);
        // As GraphStream's camera does: padding wider than the view counts as a tenth of it.
        return new double[] {width - (2 * pad > width ? width / 10 : 2 * pad),
                height - (2 * pad > height ? height / 10 : 2 * pad)};
    }

    private Camera graphCamera() {
        return panel.getCamera();
    }

    private static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    private static double centreOf(double[] bounds, int axis) {
        return (bounds[axis] + bounds[axis + 2]) / 2;
    }

    // ---- mouse

    private void installMouseHandling() {
        panel.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        panel.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1, -1));
        panel.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        panel.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        panel.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        panel.setFocusTraversable(true);
        panel.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        panel.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAround(e.getX(), e.getY(), Math.exp(e.getDeltaY() * 0.004));
            }
            e.consume();
        });
    }

    /** Keyboard equivalents of the wheel and of dragging: + and - zoom, arrow keys pan. */
    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoomBy(KEY_ZOOM);
            case MINUS, SUBTRACT -> zoomBy(1 / KEY_ZOOM);
            case LEFT -> panBy(KEY_PAN, 0);
            case RIGHT -> panBy(-KEY_PAN, 0);
            case UP -> panBy(0, KEY_PAN);
            case DOWN -> panBy(0, -KEY_PAN);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        panel.requestFocus();
        stopGlide();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        pressedNode = nodeAt(e.getX(), e.getY());
        pressedEdge = pressedNode < 0 ? edgeAt(e.getX(), e.getY()) : -1;
        if (pressedNode >= 0) {
            // Where in the node it was grabbed, so that it does not jump to put its centre under the mouse.
            int i = pressedNode;
            Point3 centre = graphCamera().transformGuToPx(positions[2 * i], positions[2 * i + 1], 0);
            grabDx = centre.x - e.getX();
            grabDy = centre.y - e.getY();
        }
        tooltip.hide();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
            dragging = true;
        }
        if (dragging) {
            if (pressedNode >= 0) {
                moveNodeTo(pressedNode, e.getX() + grabDx, e.getY() + grabDy);
            } else {
                panBy(e.getX() - lastX, e.getY() - lastY);
            }
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging) {
            if (pressedNode >= 0) {
                onEntityClicked.accept(entities.get(pressedNode).id());
            } else if (pressedEdge >= 0) {
                onRelationshipClicked.accept(relationships.get(pressedEdge).id());
            } else {
                onBackgroundClicked.run();
            }
        }
        dragging = false;
        pressedNode = -1;
        pressedEdge = -1;
    }

    private void moveNodeTo(int i, double xPx, double yPx) {
        Point3 p = graphCamera().transformPxToGu(xPx, yPx);
        pinned[i] = true;
        positions[2 * i] = p.x;
        positions[2 * i + 1] = p.y;
        nodes[i].setAttribute("xyz", p.x, p.y, 0.0);
        nodes[i].setAttribute("layout.frozen");
        followLayout = false;
        if (layout != null) {
            layout.pin(i, p.x, p.y);
        }
        requestFrame();
    }

    private void hoverAt(double x, double y, double screenX, double screenY) {
        int node = nodeAt(x, y);
        int edge = node < 0 ? edgeAt(x, y) : -1;
        boolean changed = node != hoveredNode || edge != hoveredEdge;
        if (changed) {
            setHover(node, edge);
        }
        if (node >= 0 && entityTooltip != null) {
            if (changed || !tooltip.isShowing()) {
                tooltip.setText(entityTooltip.apply(entities.get(node).id()));
                tooltip.show(root, screenX + 14, screenY + 18);
            }
        } else {
            tooltip.hide();
        }
    }

    private void setHover(int node, int edge) {
        int oldNode = hoveredNode;
        int oldEdge = hoveredEdge;
        hoveredNode = node;
        hoveredEdge = edge;
        if (oldNode >= 0) {
            refreshNodeClass(oldNode);
        }
        if (oldEdge >= 0) {
            refreshEdgeClass(oldEdge);
        }
        if (node >= 0) {
            refreshNodeClass(node);
        }
        if (edge >= 0) {
            refreshEdgeClass(edge);
        }
        if (node != oldNode) {
            onEntityHovered.accept(node >= 0 ? Optional.of(entities.get(node).id()) : Optional.empty());
        }
        if (edge != oldEdge) {
            onRelationshipHovered.accept(edge >= 0 ? Optional.of(relationships.get(edge).id()) : Optional.empty());
        }
        if (node < 0) {
            tooltip.hide();
        }
        requestFrame();
    }

    /** The visible node drawn under a point of the view, nearest centre first; -1 when none. */
    private int nodeAt(double x, double y) {
        if (!positioned) {
            return -1;
        }
        Camera c = graphCamera();
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nodes.length; i++) {
            if (nodeHidden[i]) {
                continue;
            }
            Point3 p = c.transformGuToPx(positions[2 * i], positions[2 * i + 1], 0);
            double distance = Math.hypot(p.x - x, p.y - y);
            if (distance <= nodeSizePx[i] / 2 + PICK_TOLERANCE && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The visible edge passing nearest a point of the view, within a few pixels; -1 when none. */
    private int edgeAt(double x, double y) {
        if (!positioned) {
            return -1;
        }
        Camera c = graphCamera();
        int best = -1;
        double bestDistance = PICK_TOLERANCE + 1;
        for (int j = 0; j < edges.length; j++) {
            if (edgeHidden[j] || edgeFrom[j] == edgeTo[j]) {
                continue;
            }
            Point3 a = c.transformGuToPx(positions[2 * edgeFrom[j]], positions[2 * edgeFrom[j] + 1], 0);
            Point3 b = c.transformGuToPx(positions[2 * edgeTo[j]], positions[2 * edgeTo[j] + 1], 0);
            double distance = distanceToSegment(x, y, a.x, a.y, b.x, b.y);
            if (distance < bestDistance) {
                best = j;
                bestDistance = distance;
            }
        }
        return best;
    }

    static double distanceToSegment(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }

    // ---- style classes

    private void refreshClasses() {
        for (int i = 0; i < nodes.length; i++) {
            refreshNodeClass(i);
        }
        for (int j = 0; j < edges.length; j++) {
            refreshEdgeClass(j);
        }
    }

    private boolean selectionActive() {
        return selectedEntity != null || !highlightedEntities.isEmpty() || !highlightedRelationships.isEmpty();
    }

    private void refreshNodeClass(int i) {
        Entity entity = entities.get(i);
        String type = EntityTypeLook.of(entity.type()).styleClass();
        // The first class that sets a property wins: states before the type.
        List<String> classes = new ArrayList<>(5);
        boolean selected = entity.id().equals(selectedEntity);
        boolean highlighted = highlightedEntities.contains(entity.id());
        if (selected) {
            classes.add("selected");
        }
        if (i == hoveredNode) {
            classes.add("hovered");
        }
        addChangeMark(classes, entity.id());
        if (highlighted) {
            classes.add("highlighted");
        }
        if (selectionActive() && !selected && !highlighted) {
            classes.add(type + "_dimmed");
            classes.add("dimmed");
        }
        if (minor[i]) {
            classes.add("minor");
        }
        classes.add(type);
        setClasses(nodes[i], nodeClasses, i, String.join(", ", classes));
        // Long names are cut beside the node; the one being looked at shows whole.
        String label = selected || i == hoveredNode ? entity.name() : LabelSpacing.shortened(entity.shortLabel());
        if (nodes[i] != null && !label.equals(nodeLabels[i])) {
            nodeLabels[i] = label;
            nodes[i].setAttribute("ui.label", label);
        }
    }

    private void refreshEdgeClass(int j) {
        boolean highlighted = highlightedRelationships.contains(relationships.get(j).id());
        List<String> classes = new ArrayList<>(3);
        if (j == hoveredEdge) {
            classes.add("hovered");
        }
        addChangeMark(classes, relationships.get(j).id());
        if (highlighted && highlightedRelationships.size() <= MAX_LABELLED_EDGES) {
            classes.add("labelled");
        }
        if (highlighted) {
            classes.add("highlighted");
        } else if (selectionActive()) {
            classes.add("dimmed");
        }
        setClasses(edges[j], edgeClasses, j, String.join(", ", classes));
    }

    /** Records the classes and gives them to the element, if it has been added yet. */
    private void addChangeMark(List<String> classes, String id) {
        if (joined.contains(id)) {
            classes.add("joined");
        } else if (left.contains(id)) {
            classes.add("ended");
        }
    }

    private static void setClasses(org.graphstream.graph.Element element, String[] current, int index,
            String classes) {
        if (classes.equals(current[index])) {
            return;
        }
        current[index] = classes;
        if (element == null) {
            return;
        }
        if (classes.isEmpty()) {
            element.removeAttribute("ui.class");
        } else {
            element.setAttribute("ui.class", classes);
        }
    }

    /** Records whether hidden and tells the element, if it has been added yet. */
    /**
     * Hides or shows an element of the graphic graph by its flag, which is all that GraphStream's {@code ui.hide}
     * attribute sets there: the attribute's way, an event through both graphs per element, cost more than a frame
     * when a filter move hid or showed thousands at once.
     */
    private static void setHidden(GraphicElement element, boolean[] hidden, int index, boolean hide) {
        hidden[index] = hide;
        if (element != null) {
            element.hidden = hide;
        }
    }

    /**
     * Node diameter in pixels: grows with the square root of the number of connections, and shrinks on large
     * networks so that they are not a solid mass when the whole network is in view.
     */
    static double sizeForDegree(int degree, int nodeCount) {
        double crowding = nodeCount <= ALL_LABELS_LIMIT ? 1
                : Math.max(0.45, Math.sqrt((double) ALL_LABELS_LIMIT / nodeCount));
        return crowding * Math.min(46, 13 + 4.5 * Math.sqrt(degree));
    }

    /** On a large network, all but the most connected entities keep their labels only when zoomed in. */
    private static boolean[] minorNodes(int[] degree) {
        boolean[] result = new boolean[degree.length];
        if (degree.length <= ALL_LABELS_LIMIT) {
            return result;
        }
        int hubs = Math.max(25, Math.min(60, degree.length / 40));
        int[] sorted = degree.clone();
        Arrays.sort(sorted);
        int threshold = Math.max(1, sorted[sorted.length - hubs]);
        for (int i = 0; i < degree.length; i++) {
            result[i] = degree[i] < threshold;
        }
        return result;
    }

    // ---- plumbing

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

    private static String readStylesheet() {
        try (InputStream in = NetworkView.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the place of GraphStream's default mouse manager and does nothing: we handle the mouse. */
    private static final class InertMouseManager implements MouseManager {
        @Override
        public void init(GraphicGraph graph, org.graphstream.ui.view.View view) {
        }

        @Override
        public void release() {
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return EnumSet.noneOf(InteractiveElement.class);
        }
    }

    /** Takes the place of GraphStream's default keyboard camera controls. */
    private static final class InertShortcutManager implements ShortcutManager {
        @Override
        public void init(GraphicGraph graph, org.graphstream.ui.view.View view) {
        }

        @Override
        public void release() {
        }
    }
}

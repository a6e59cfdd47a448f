package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;

/**
 * The network a view holds, index-aligned: entity {@code i} is node {@code i} of every array, relationship
 * {@code j} edge {@code j}. Built once per subgraph shown; filters, drags and the layout change only its flags and
 * positions. Plain Java, so everything computed from it is tested without JavaFX.
 */
final class NetworkModel {

    /** Above this many entities, only hubs keep their labels when zoomed out. */
    static final int ALL_LABELS_LIMIT = 150;

    final List<Entity> entities;
    final List<Relationship> relationships;
    private final Map<String, Integer> entityIndex;
    private final Map<String, Integer> relationshipIndex;
    /** Ends of each edge, as node indices. */
    final int[] from;
    final int[] to;
    final int[] degree;
    final double[] nodeSizePx;
    /** Nodes whose label shows only when zoomed in (or on hover and selection). */
    final boolean[] minor;
    final boolean[] nodeHidden;
    final boolean[] edgeHidden;
    /** Nodes the person dragged: the layout leaves them where they were dropped. */
    final boolean[] pinned;
    /** {@code [x0, y0, x1, y1, ...]} in layout units, y up; meaningful once {@link #positioned}. */
    final double[] positions;
    boolean positioned;
    /** Where the layout starts: kept places when the view was rebuilt around them, else null (its own start). */
    final double[] startPlaces;

    private NetworkModel(List<Entity> entities, List<Relationship> relationships, Map<String, Integer> entityIndex,
            Map<String, Integer> relationshipIndex, Map<String, double[]> places) {
        this.entities = List.copyOf(entities);
        this.relationships = List.copyOf(relationships);
        this.entityIndex = entityIndex;
        this.relationshipIndex = relationshipIndex;
        int n = entities.size();
        int m = relationships.size();
        from = new int[m];
        to = new int[m];
        degree = new int[n];
        for (int j = 0; j < m; j++) {
            from[j] = entityIndex.get(relationships.get(j).from());
            to[j] = entityIndex.get(relationships.get(j).to());
            degree[from[j]]++;
            degree[to[j]]++;
        }
        minor = minorNodes(degree);
        nodeSizePx = new double[n];
        for (int i = 0; i < n; i++) {
            nodeSizePx[i] = sizeForDegree(degree[i], n);
        }
        nodeHidden = new boolean[n];
        edgeHidden = new boolean[m];
        pinned = new boolean[n];
        positions = new double[2 * n];
        startPlaces = placesFor(places);
        positioned = startPlaces != null;
        if (positioned) {
            System.arraycopy(startPlaces, 0, positions, 0, positions.length);
        }
    }

    static NetworkModel empty() {
        return of(new Subgraph(List.of(), List.of()), Map.of());
    }

    /**
     * The entities of a subgraph (each once) and the relationships whose two ends are among them; entities that
     * had a place in {@code places} start there, newcomers beside a placed neighbour.
     */
    static NetworkModel of(Subgraph all, Map<String, double[]> places) {
        Map<String, Integer> entityIndex = new HashMap<>();
        List<Entity> distinct = new ArrayList<>();
        for (Entity e : all.entities()) {
            // One node per id: a repeated entity would shift every index after it.
            if (entityIndex.putIfAbsent(e.id(), distinct.size()) == null) {
                distinct.add(e);
            }
        }
        Map<String, Integer> relationshipIndex = new HashMap<>();
        List<Relationship> drawable = new ArrayList<>();
        for (Relationship r : all.relationships()) {
            // A relationship whose ends are not both in the subgraph has nothing to attach to.
            if (entityIndex.containsKey(r.from()) && entityIndex.containsKey(r.to())
                    && !relationshipIndex.containsKey(r.id())) {
                relationshipIndex.put(r.id(), drawable.size());
                drawable.add(r);
            }
        }
        return new NetworkModel(distinct, drawable, entityIndex, relationshipIndex, places);
    }

    int nodeCount() {
        return entities.size();
    }

    int edgeCount() {
        return relationships.size();
    }

    /** The node of an entity, or -1 when the model does not hold it. */
    int nodeOf(String entityId) {
        Integer i = entityIndex.get(entityId);
        return i == null ? -1 : i;
    }

    /** The edge of a relationship, or -1 when the model does not hold it. */
    int edgeOf(String relationshipId) {
        Integer j = relationshipIndex.get(relationshipId);
        return j == null ? -1 : j;
    }

    String entityId(int node) {
        return entities.get(node).id();
    }

    String relationshipId(int edge) {
        return relationships.get(edge).id();
    }

    double x(int node) {
        return positions[2 * node];
    }

    double y(int node) {
        return positions[2 * node + 1];
    }

    /** Where each entity is, by id, for a model rebuilt around them; empty before the first layout frame. */
    Map<String, double[]> places() {
        Map<String, double[]> places = new HashMap<>();
        if (positioned) {
            for (int i = 0; i < nodeCount(); i++) {
                places.put(entityId(i), new double[] {x(i), y(i)});
            }
        }
        return places;
    }

    /** Shows exactly the given entities and relationships; a relationship also needs both its ends shown. */
    void applyVisibility(Set<String> visibleEntityIds, Set<String> visibleRelationshipIds) {
        for (int i = 0; i < nodeCount(); i++) {
            nodeHidden[i] = !visibleEntityIds.contains(entityId(i));
        }
        for (int j = 0; j < edgeCount(); j++) {
            edgeHidden[j] = nodeHidden[from[j]] || nodeHidden[to[j]]
                    || !visibleRelationshipIds.contains(relationshipId(j));
        }
    }

    Set<String> heldEntityIds() {
        return Set.copyOf(entityIndex.keySet());
    }

    /** How many entities the filters leave shown. */
    int shownCount() {
        int shown = 0;
        for (int i = 0; i < nodeCount(); i++) {
            shown += nodeHidden[i] ? 0 : 1;
        }
        return shown;
    }

    /** The nodes not hidden by the filters, in model order. */
    int[] shownNodes() {
        int[] shown = new int[shownCount()];
        int k = 0;
        for (int i = 0; i < nodeCount(); i++) {
            if (!nodeHidden[i]) {
                shown[k++] = i;
            }
        }
        return shown;
    }

    /** How many relationships are drawn (not hidden, and both ends shown). */
    int shownEdgeCount() {
        int shown = 0;
        for (int j = 0; j < edgeCount(); j++) {
            shown += edgeHidden[j] ? 0 : 1;
        }
        return shown;
    }

    /** Ids of the entities not hidden by the filters, in model order. */
    Set<String> visibleEntityIds() {
        Set<String> visible = new LinkedHashSet<>();
        for (int i = 0; i < nodeCount(); i++) {
            if (!nodeHidden[i]) {
                visible.add(entityId(i));
            }
        }
        return visible;
    }

    /** Ids of the relationships drawn (not hidden, and both ends shown), in model order. */
    Set<String> visibleRelationshipIds() {
        Set<String> visible = new LinkedHashSet<>();
        for (int j = 0; j < edgeCount(); j++) {
            if (!edgeHidden[j]) {
                visible.add(relationshipId(j));
            }
        }
        return visible;
    }

    /** Takes a layout frame's positions for every node the person has not pinned; false when it does not fit. */
    boolean takeLayoutPositions(double[] xy) {
        if (xy.length != positions.length) {
            return false;
        }
        for (int i = 0; i < nodeCount(); i++) {
            if (!pinned[i]) {
                positions[2 * i] = xy[2 * i];
                positions[2 * i + 1] = xy[2 * i + 1];
            }
        }
        positioned = true;
        return true;
    }

    /** Replaces every position (the label spacing moved them). */
    void setPositions(double[] xy) {
        System.arraycopy(xy, 0, positions, 0, positions.length);
    }

    /** Puts a node where it was dropped and keeps it there. */
    void pin(int node, double x, double y) {
        pinned[node] = true;
        positions[2 * node] = x;
        positions[2 * node + 1] = y;
    }

    /**
     * The box the camera frames as "the whole network": around every node, never thinner than one layout unit
     * (the camera divides by its sides), and a unit square about the origin before any position.
     */
    Box layoutBounds() {
        Box box = positioned ? Box.around(positions) : null;
        return box == null ? new Box(-1, -1, 1, 1) : box.atLeast(1);
    }

    /**
     * Start positions {@code [x0, y0, ...]} for the entities now held: their old place when they had one, else
     * beside a placed neighbour, else at random among the placed ones; null when none had a place.
     */
    private double[] placesFor(Map<String, double[]> places) {
        int n = nodeCount();
        boolean[] placed = new boolean[n];
        double[] xy = new double[2 * n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            double[] place = places.get(entityId(i));
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
        boolean[] known0 = placed.clone();
        Box box = Box.around(xy, i -> known0[i]);
        Random random = new Random(n);
        double spread = Math.max(box.width(), box.height()) / Math.sqrt(known + 1);
        for (int j = 0; j < from.length; j++) {
            int a = from[j];
            int b = to[j];
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
                xy[2 * i] = box.minX() + random.nextDouble() * box.width();
                xy[2 * i + 1] = box.minY() + random.nextDouble() * box.height();
            }
        }
        return xy;
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
}

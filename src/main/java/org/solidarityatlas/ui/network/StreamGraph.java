package org.solidarityatlas.ui.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Element;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.graphicGraph.stylesheet.Values;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Vocabulary;

/**
 * The network model as GraphStream's graph, which gives the renderer its style groups (by class, from
 * {@code network.css}) and the camera. Elements are added in slices, so that a large network is built over several
 * frames; the filters set the hidden flags of the viewer's copies directly.
 */
final class StreamGraph {

    private final MultiGraph graph = new MultiGraph("network", false, false);
    private static final String STYLESHEET = "network.css";

    private final String stylesheet = readStylesheet();
    private final OnDemandViewer viewer;
    private NetworkModel model = NetworkModel.empty();
    private Node[] nodes = new Node[0];
    private Edge[] edges = new Edge[0];
    /** The viewer's copies of the nodes and edges, whose hidden flags the filters set directly. */
    private GraphicElement[] graphicNodes = new GraphicElement[0];
    private GraphicElement[] graphicEdges = new GraphicElement[0];
    private String[] nodeClasses = new String[0];
    private String[] edgeClasses = new String[0];
    private String[] nodeLabels = new String[0];
    private int nodesBuilt;
    private int edgesBuilt;

    StreamGraph() {
        graph.setAttribute("ui.stylesheet", stylesheet);
        viewer = new OnDemandViewer(graph);
        // Positions are set on the viewer's copies (moveNode) and need not travel back to the graph.
        viewer.getGraphicGraph().feedbackXYZ(false);
    }

    OnDemandViewer viewer() {
        return viewer;
    }

    GraphicGraph graphicGraph() {
        return viewer.getGraphicGraph();
    }

    /** Empties the graph for a new model; its elements are then added by {@link #buildSlice}. */
    void reset(NetworkModel model) {
        this.model = model;
        graph.clear();
        graph.setAttribute("ui.stylesheet", stylesheet);
        int n = model.nodeCount();
        int m = model.edgeCount();
        nodes = new Node[n];
        edges = new Edge[m];
        graphicNodes = new GraphicElement[n];
        graphicEdges = new GraphicElement[m];
        nodeClasses = new String[n];
        edgeClasses = new String[m];
        nodeLabels = new String[n];
        nodesBuilt = 0;
        edgesBuilt = 0;
    }

    /** Empties the graph for good (the view is disposed). */
    void clear() {
        reset(NetworkModel.empty());
    }

    /** Adds elements for up to {@code budget} nanoseconds; true once all are added. */
    boolean buildSlice(long budget, ElementStyles styles) {
        long start = System.nanoTime();
        GraphicGraph drawn = viewer.getGraphicGraph();
        while (nodesBuilt < nodes.length) {
            int i = nodesBuilt++;
            String id = model.entityId(i);
            Node node = graph.addNode(id);
            node.setAttribute("ui.size", model.nodeSizePx[i]);
            nodes[i] = node;
            graphicNodes[i] = (GraphicElement) drawn.getNode(id);
            if (model.positioned) {
                moveNode(i);
            }
            restyleNode(i, styles);
            graphicNodes[i].hidden = model.nodeHidden[i];
            if ((i & 63) == 0 && System.nanoTime() - start > budget) {
                return false;
            }
        }
        while (edgesBuilt < edges.length) {
            int j = edgesBuilt++;
            String id = model.relationshipId(j);
            Edge edge = graph.addEdge(id, nodes[model.from[j]], nodes[model.to[j]], true);
            edge.setAttribute("ui.label", Vocabulary.relationship(model.relationships.get(j).type()));
            edges[j] = edge;
            graphicEdges[j] = (GraphicElement) drawn.getEdge(id);
            restyleEdge(j, styles);
            graphicEdges[j].hidden = model.edgeHidden[j];
            if ((j & 63) == 0 && System.nanoTime() - start > budget) {
                return false;
            }
        }
        return true;
    }

    /** Gives every element added so far its classes and label anew. */
    void restyleAll(ElementStyles styles) {
        for (int i = 0; i < nodesBuilt; i++) {
            restyleNode(i, styles);
        }
        for (int j = 0; j < edgesBuilt; j++) {
            restyleEdge(j, styles);
        }
    }

    /** Restyles the given nodes and edges ({@code -1}: none). */
    void restyle(int[] someNodes, int[] someEdges, ElementStyles styles) {
        for (int i : someNodes) {
            if (i >= 0) {
                restyleNode(i, styles);
            }
        }
        for (int j : someEdges) {
            if (j >= 0) {
                restyleEdge(j, styles);
            }
        }
    }

    private void restyleNode(int i, ElementStyles styles) {
        if (i >= nodesBuilt) {
            return;
        }
        setClasses(nodes[i], nodeClasses, i, styles.nodeClasses(model, i));
        String label = styles.nodeLabel(model, i);
        if (!label.equals(nodeLabels[i])) {
            nodeLabels[i] = label;
            nodes[i].setAttribute("ui.label", label);
            // The shorter text a placed label falls back on when the name has no room.
            nodes[i].setAttribute(LabelLayer.ALIAS_ATTRIBUTE,
                    LabelSpacing.shortened(Translated.shortLabel(model.entities.get(i))));
        }
    }

    private void restyleEdge(int j, ElementStyles styles) {
        if (j < edgesBuilt) {
            setClasses(edges[j], edgeClasses, j, styles.edgeClasses(model, j));
        }
    }

    private static void setClasses(Element element, String[] current, int index, String classes) {
        if (classes.equals(current[index])) {
            return;
        }
        current[index] = classes;
        if (classes.isEmpty()) {
            element.removeAttribute("ui.class");
        } else {
            element.setAttribute("ui.class", classes);
        }
    }

    /**
     * Copies the model's hidden flags to the viewer's elements: all that GraphStream's {@code ui.hide} attribute
     * sets there. The attribute's way, an event through both graphs per element, cost more than a frame when a
     * filter move hid or showed thousands at once.
     */
    void showVisibility() {
        for (int i = 0; i < nodesBuilt; i++) {
            graphicNodes[i].hidden = model.nodeHidden[i];
        }
        for (int j = 0; j < edgesBuilt; j++) {
            graphicEdges[j].hidden = model.edgeHidden[j];
        }
        viewer.getGraphicGraph().graphChanged = true;
    }

    /**
     * Puts node {@code i} where the model has it: on the viewer's copy only, which is all the renderer and camera
     * read. Setting {@code xyz} on the graph sent an event through both graphs per node, a few milliseconds a
     * layout frame at 10,000 nodes.
     */
    void moveNode(int i) {
        if (graphicNodes[i] instanceof GraphicNode drawn) {
            drawn.move(model.x(i), model.y(i), 0);
        }
    }

    void moveAllNodes() {
        for (int i = 0; i < nodesBuilt; i++) {
            moveNode(i);
        }
    }

    /** Tells the graph that a node stays where it is (for whatever else reads its attributes). */
    void freeze(int i) {
        if (nodes[i] != null) {
            nodes[i].setAttribute("layout.frozen");
        }
    }

    /** The stylesheet's padding around the network, in pixels. */
    double padding() {
        Values padding = viewer.getGraphicGraph().getStyle().getPadding();
        return padding.size() > 0 ? padding.get(0) : 0;
    }

    private static String readStylesheet() {
        try (InputStream in = StreamGraph.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String nodeClasses(int i) {
        return nodeClasses[i];
    }

    String edgeClasses(int j) {
        return edgeClasses[j];
    }
}

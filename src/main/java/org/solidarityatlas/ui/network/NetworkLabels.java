package org.solidarityatlas.ui.network;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import javafx.application.Platform;
import javafx.geometry.Insets;

import org.graphstream.ui.graphicGraph.GraphicNode;

/**
 * How a {@link NetworkView} labels its nodes: the size of the labels (a projector or a slide asks for labels as
 * large as the text beside the network) and the mode, the explorer's or a presentation step's, in which the focus's
 * labels are never left out and no label covers another, a node or an overlay. Also what the last frame drew, for
 * checks. Every method must be called on the JavaFX thread.
 */
public final class NetworkLabels {

    /** The stylesheet's node text size. */
    static final double NODE_TEXT_SIZE = 13;

    private final NetworkRenderer renderer;
    private final StreamGraph scene;
    private final ElementStyles styles;
    private final Runnable requestFrame;

    NetworkLabels(NetworkRenderer renderer, StreamGraph scene, ElementStyles styles, Runnable requestFrame) {
        this.renderer = renderer;
        this.scene = scene;
        this.styles = styles;
        this.requestFrame = requestFrame;
    }

    /** Names or aliases change with the mode: every element gets its label anew if they did. */
    private void restyle() {
        if (styles.setAliasesWhenCrowded(!renderer.presentationLabels())) {
            scene.restyleAll(styles);
        }
    }

    /** Draws the view again, its labels placed anew (the graph itself did not change). */
    private void redraw() {
        scene.graphicGraph().graphChanged = true;
        requestFrame.run();
    }

    /** Every label anew, in the language now chosen (names and aliases are the dataset's translations). */
    public void relabel() {
        requireFxThread();
        scene.restyleAll(styles);
        redraw();
    }

    /** Labels {@code scale} times the stylesheet's size (13 px for a node), on screen and in snapshots. */
    public void setScale(double scale) {
        requireFxThread();
        if (scale != renderer.labelScale()) {
            renderer.setLabelScale(scale);
            redraw();
        }
    }

    /** Node labels of {@code px} pixels (edge labels in proportion), on screen and in snapshots. */
    public void setSize(double px) {
        setScale(px / NODE_TEXT_SIZE);
    }

    double scale() {
        return renderer.labelScale();
    }

    /**
     * Labels as a presentation step needs them: the labels of {@code focus} always drawn, those of {@code framed}
     * next, then the rest where there is room; none overlaps another label, a node, or the overlays covering
     * {@code reserved} pixels of the view's sides. A name with no room falls back on a shorter alias, one label at a
     * time, rather than every label turning into an alias on a crowded network.
     */
    public void present(Set<String> focus, Set<String> framed, Insets reserved) {
        requireFxThread();
        renderer.setPresentationLabels(true, focus, framed,
                new double[] {reserved.getTop(), reserved.getRight(), reserved.getBottom(), reserved.getLeft()});
        restyle();
        redraw();
    }

    /** Labels as the explorer draws them, again after {@link #present}. */
    public void explore() {
        requireFxThread();
        renderer.setPresentationLabels(false, Set.of(), Set.of(), new double[4]);
        restyle();
        redraw();
    }

    /** The labels the last frame drew, of nodes and edges, in the view's pixels. */
    public List<DrawnLabel> drawn() {
        return List.copyOf(renderer.lastFrame().labels);
    }

    /**
     * The radius in pixels of the disc the entity's node was drawn in by the last frame, which presentation labels
     * keep clear of; empty when it is hidden or not placed.
     */
    public OptionalDouble nodeRadius(String entityId) {
        requireFxThread();
        if (!(scene.graphicGraph().getNode(entityId) instanceof GraphicNode node) || node.hidden
                || !node.positionned) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(renderer.nodeSizePx(node) / 2);
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("NetworkLabels must be used on the JavaFX thread");
        }
    }
}

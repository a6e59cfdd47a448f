package org.solidarityatlas.ui.network;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javafx.scene.text.Font;

import org.graphstream.ui.graphicGraph.GraphicEdge;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants;
import org.graphstream.ui.graphicGraph.stylesheet.Value;

/**
 * What every layer of one frame shares: the camera's transform from layout units to pixels, read once, the size of
 * the view, the style groups' looks read once, and the counts of what was drawn.
 */
final class DrawingFrame {

    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<StyleGroup, GroupLook> looks = new IdentityHashMap<>();

    // Layout units to pixels for the frame being drawn.
    private double mxx;
    private double mxy;
    private double myx;
    private double myy;
    private double tx;
    private double ty;
    double viewWidth;
    double viewHeight;
    double pxPerUnit;
    double zoom;
    /** How much larger than the view the target is drawn (exports). */
    double scale = 1;
    /** Drawn on the view on screen, not into an image. */
    boolean onScreen;
    /** Drawn while the camera moves (on screen only). */
    boolean moving;
    /** Large groups' edges drawn one pixel wide without anti-aliasing or arrowheads (moving, or very many). */
    boolean simpleEdges;
    /** One shown edge in this many is drawn (a moving frame on screen thins them out); 1: all. */
    int edgeStride = 1;
    /** Node labels are kept apart on a network this crowded. */
    boolean crowded;
    /** How many times the stylesheet's text size labels are drawn (a projector, a slide). */
    double labelScale = 1;
    /**
     * Labels are placed, each frame, where they overlap nothing (see {@link LabelLayout#place}), inside
     * {@link #labelArea}; otherwise a crowded network's labels are only kept from piling up.
     */
    boolean placeLabels;
    /** Placed as a presentation needs: never over a node, the given focus first (else the explorer's way). */
    boolean presentationLabels;
    /** The part of the view, in pixels, that placed labels keep inside (overlays cover the rest). */
    ScreenRect labelArea = new ScreenRect(0, 0, 1, 1);
    NetworkRenderer.FrameCounts counts = new NetworkRenderer.FrameCounts();

    /** Starts a frame with the camera's transform {@code [mxx, mxy, myx, myy, tx, ty]}. */
    void begin(double[] transform, double width, double height, double pxPerUnit, double zoom, double scale,
            double labelScale) {
        mxx = transform[0];
        mxy = transform[1];
        myx = transform[2];
        myy = transform[3];
        tx = transform[4];
        ty = transform[5];
        viewWidth = width;
        viewHeight = height;
        this.pxPerUnit = pxPerUnit;
        this.zoom = zoom;
        this.scale = scale;
        this.labelScale = labelScale;
        looks.clear();
        counts = new NetworkRenderer.FrameCounts();
    }

    /** The frame's transform {@code [mxx, mxy, myx, myy, tx, ty]} from layout units to pixels, into {@code into}. */
    void copyTransform(double[] into) {
        into[0] = mxx;
        into[1] = mxy;
        into[2] = myx;
        into[3] = myy;
        into[4] = tx;
        into[5] = ty;
    }

    GroupLook look(StyleGroup group) {
        return looks.computeIfAbsent(group, key -> new GroupLook(key, pxPerUnit, fonts, labelScale));
    }

    double pxX(double x, double y) {
        return mxx * x + mxy * y + tx;
    }

    double pxY(double x, double y) {
        return myx * x + myy * y + ty;
    }

    /** Node diameter in pixels: its own {@code ui.size} when the style sizes dynamically. */
    double sizeOf(GraphicNode node, GroupLook look) {
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

    double sizeOf(GraphicNode node) {
        return sizeOf(node, look(node.style));
    }

    static boolean drawable(GraphicEdge edge) {
        return !edge.hidden && !edge.from.hidden && !edge.to.hidden && edge.from.positionned
                && edge.to.positionned;
    }

    /**
     * The edge in pixels into {@code p}: start, two control points, end. True when it is a curve: an edge to its
     * own node is a loop, and edges sharing both ends bow apart so that each can be seen (and picked).
     */
    boolean edgeGeometry(GraphicEdge edge, double[] p) {
        GraphicNode from = edge.from;
        GraphicNode to = edge.to;
        p[0] = pxX(from.x, from.y);
        p[1] = pxY(from.x, from.y);
        p[6] = pxX(to.x, to.y);
        p[7] = pxY(to.x, to.y);
        if (from == to) {
            double reach = 4.5 * sizeOf(from) * (1 + 0.2 * edge.multi);
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
}

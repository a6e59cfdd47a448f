package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;

import org.graphstream.graph.Element;
import org.graphstream.ui.graphicGraph.GraphicEdge;
import org.graphstream.ui.graphicGraph.StyleGroup;

/**
 * Draws the edges of a style group, arrowheads included. A few edges are stroked one by one, as GraphStream drew
 * them; a group with many visible edges is collected into {@link EdgeStrokes} and rasterized by {@link EdgeRaster}
 * into one image laid on the canvas: no path per edge, and no path whose scanlines cross thousands of edges. On
 * screen that image is painted off the JavaFX thread ({@link BackgroundEdgeRaster}); exports paint it here.
 * While the camera moves, and on screen above {@link NetworkRenderer#SIMPLE_EDGES_ABOVE} edges, those many edges
 * are drawn a pixel thick without arrowheads; while it moves over a dense view, only every k-th edge is drawn
 * ({@link DrawingFrame#edgeStride}).
 */
final class EdgeLayer {

    /** Style groups with more visible edges than this are rasterized into one image. */
    static final int BATCH_EDGES = 600;
    /** An arrowhead is left out when its edge shows shorter than this many arrow lengths between the nodes. */
    private static final double MIN_ARROW_ROOM = 1.5;

    private final DrawingFrame frame;
    private final List<GraphicEdge> edgesToDraw = new ArrayList<>();
    private final double[] geometry = new double[8];
    private final double[] arrow = new double[6];
    private final EdgeStrokes strokes = new EdgeStrokes();
    private final List<EdgeRaster> rasters = new ArrayList<>();
    private int rastersUsed;
    /** Shown edges met so far in this frame, over all groups: picks those a thinned frame draws. */
    private int edgesSeen;
    private final double[] camera = new double[6];
    /** Paints large groups for the screen off the JavaFX thread; none until the renderer is opened on a view. */
    private BackgroundEdgeRaster background;

    EdgeLayer(DrawingFrame frame) {
        this.frame = frame;
    }

    /** Large groups of on-screen frames are painted by {@code background} from now on (null: here, at once). */
    void paintOnScreenWith(BackgroundEdgeRaster background) {
        this.background = background;
    }

    /** A new frame: the rasters of the last one may be used again. */
    void begin() {
        rastersUsed = 0;
        edgesSeen = 0;
    }

    void draw(GraphicsContext g, StyleGroup group) {
        GroupLook look = frame.look(group);
        edgesToDraw.clear();
        int stride = frame.edgeStride;
        for (Element element : group.elements()) {
            GraphicEdge edge = (GraphicEdge) element;
            if (DrawingFrame.drawable(edge)) {
                // Every stride-th shown edge in the groups' own order, which holds from frame to frame while the
                // graph does not change, so the same edges show while the camera moves. Left out before anything
                // is computed for it: that is what a moving frame saves.
                if (stride > 1 && edgesSeen++ % stride != 0) {
                    frame.counts.edgesThinned++;
                } else if (onView(edge)) {
                    edgesToDraw.add(edge);
                }
            }
        }
        if (edgesToDraw.isEmpty() || look.fill == null) {
            return;
        }
        frame.counts.edges += edgesToDraw.size();
        if (edgesToDraw.size() > BATCH_EDGES) {
            if (frame.onScreen) {
                // Zoomed far out, most edges of a large network are shorter than their nodes are wide: the nodes,
                // drawn over them, hide them whole, so the screen leaves them out (exports draw every one).
                int before = edgesToDraw.size();
                edgesToDraw.removeIf(this::hiddenUnderItsNodes);
                frame.counts.edgesUnderNodes += before - edgesToDraw.size();
            }
            collectStrokes(look);
            // Painted elsewhere only while the camera rests (the layout settling, a network standing still): a
            // moving camera's frames draw their simple edges here at once, as laying a picture scaled to follow
            // the camera costs the software pipeline more than drawing them (measured: 24 against 29 frames a
            // second at 5,000 nodes on two cores).
            if (frame.onScreen && background != null && !frame.moving) {
                frame.copyTransform(camera);
                long blended = background.lay(g, rastersUsed++, strokes, camera, frame.scale);
                if (blended >= 0) {
                    frame.counts.rasterPixels += blended;
                    frame.counts.images++;
                }
                return;
            }
            if (rastersUsed == rasters.size()) {
                rasters.add(new EdgeRaster());
            }
            EdgeRaster raster = rasters.get(rastersUsed++);
            g.drawImage(strokes.paint(raster), 0, 0, strokes.width() / frame.scale,
                    strokes.height() / frame.scale);
            frame.counts.rasterPixels += raster.blendedPixels();
            frame.counts.images++;
            return;
        }
        g.setStroke(look.fill);
        g.setLineWidth(look.size);
        g.setLineCap(StrokeLineCap.BUTT);
        for (GraphicEdge edge : edgesToDraw) {
            g.beginPath();
            boolean curve = frame.edgeGeometry(edge, geometry);
            double[] p = geometry;
            g.moveTo(p[0], p[1]);
            if (curve) {
                g.bezierCurveTo(p[2], p[3], p[4], p[5], p[6], p[7]);
            } else {
                g.lineTo(p[6], p[7]);
            }
            g.stroke();
            frame.counts.paths++;
        }
        drawArrows(g, look);
    }

    /** The group's many edges, in the target's device pixels, into {@link #strokes}. */
    private void collectStrokes(GroupLook look) {
        double s = frame.scale;
        strokes.begin((int) Math.round(frame.viewWidth * s), (int) Math.round(frame.viewHeight * s), look.fill,
                look.size * s, frame.simpleEdges);
        double[] p = geometry;
        for (GraphicEdge edge : edgesToDraw) {
            if (frame.edgeGeometry(edge, p)) {
                strokes.curve(p[0] * s, p[1] * s, p[2] * s, p[3] * s, p[4] * s, p[5] * s, p[6] * s, p[7] * s);
            } else {
                strokes.line(p[0] * s, p[1] * s, p[6] * s, p[7] * s);
            }
        }
        if (frame.simpleEdges) {
            return;
        }
        for (GraphicEdge edge : edgesToDraw) {
            if (arrowGeometry(edge, look)) {
                double[] a = arrow;
                strokes.wedge(a[2] * s, a[3] * s, a[0] * s, a[1] * s, look.arrowHalfWidth * s);
                frame.counts.arrows++;
            }
        }
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
                frame.counts.arrows++;
                frame.counts.paths++;
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
        double[] p = geometry;
        frame.edgeGeometry(edge, p);
        // The head points along the last stretch of the edge: from the second control point on a curve.
        double dx = p[6] - p[4];
        double dy = p[7] - p[5];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return false;
        }
        dx /= length;
        dy /= length;
        GroupLook target = frame.look(edge.to.style);
        double reach = NodeLayer.radiusTowards(target.shape, frame.sizeOf(edge.to, target), dx, dy);
        double start = frame.sizeOf(edge.from) / 2;
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

    /**
     * Whether a straight edge lies whole inside its two nodes' shapes, as drawn over it: both filled, opaque and
     * convex (circle, box, diamond), the edge no longer than the reach of each shape towards the other.
     */
    private boolean hiddenUnderItsNodes(GraphicEdge edge) {
        double[] p = geometry;
        if (edge.from == edge.to || frame.edgeGeometry(edge, p)) {
            return false;
        }
        GroupLook from = frame.look(edge.from.style);
        GroupLook to = frame.look(edge.to.style);
        if (!coversWhatIsUnder(from) || !coversWhatIsUnder(to)) {
            return false;
        }
        double dx = p[6] - p[0];
        double dy = p[7] - p[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return true;
        }
        dx /= length;
        dy /= length;
        return length <= NodeLayer.radiusTowards(from.shape, frame.sizeOf(edge.from, from), dx, dy)
                + NodeLayer.radiusTowards(to.shape, frame.sizeOf(edge.to, to), dx, dy);
    }

    private static boolean coversWhatIsUnder(GroupLook node) {
        boolean convex = switch (node.shape) {
            case CIRCLE, BOX, ROUNDED_BOX, DIAMOND -> true;
            default -> false;
        };
        return convex && node.fill != null && node.fill.getOpacity() >= 1;
    }

    /** Whether any of the edge's box (its bend included) lies in the view. */
    private boolean onView(GraphicEdge edge) {
        double[] p = geometry;
        boolean curve = frame.edgeGeometry(edge, p);
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
        return maxX >= 0 && minX <= frame.viewWidth && maxY >= 0 && minY <= frame.viewHeight;
    }
}

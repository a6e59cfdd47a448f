package org.solidarityatlas.ui.network;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.graphstream.ui.geom.Point3;

/**
 * The mouse and the keyboard over the network: what is under the pointer (picking), hover and its tooltip, a click
 * on a node, an edge or the background, dragging a node or the background, the wheel, and keys that zoom and pan.
 * A press starts a gesture that is a click until the pointer moves more than {@link #CLICK_SLOP} pixels.
 */
final class PointerInteraction {

    /** Pixels the mouse may move during a press and still count as a click. */
    private static final double CLICK_SLOP = 4;
    /** Extra pixels around a node, and either side of an edge, that still pick it. */
    private static final double PICK_TOLERANCE = 4;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN = 60;

    /** What the gestures act on: the view. */
    interface Target {
        NetworkModel model();

        int hoveredNode();

        int hoveredEdge();

        /** Marks what is under the pointer ({@code -1}: nothing). */
        void hover(int node, int edge);

        void dragNode(int node, double xPx, double yPx);

        void zoomAround(double xPx, double yPx, double factor);

        void zoomBy(double factor);

        void panBy(double dxPx, double dyPx);

        /** A gesture began: any camera glide stops. */
        void gestureStarted();
    }

    private final Node surface;
    private final Node tooltipOwner;
    private final ViewCamera camera;
    private final Target target;
    private final Tooltip tooltip = new Tooltip();
    private Function<String, String> tooltipText;
    private Consumer<String> onEntityClicked = id -> { };
    private Consumer<String> onRelationshipClicked = id -> { };
    private Runnable onBackgroundClicked = () -> { };

    // The gesture in progress.
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int pressedNode = -1;
    private double grabDx;
    private double grabDy;
    private int pressedEdge = -1;
    private boolean dragging;

    PointerInteraction(Node surface, Node tooltipOwner, ViewCamera camera, Target target) {
        this.surface = surface;
        this.tooltipOwner = tooltipOwner;
        this.camera = camera;
        this.target = target;
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY(), e.getScreenX(),
                e.getScreenY()));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> target.hover(-1, -1));
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        surface.setFocusTraversable(true);
        surface.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                target.zoomAround(e.getX(), e.getY(), Math.exp(e.getDeltaY() * 0.004));
            }
            e.consume();
        });
    }

    /** Shows a tooltip over hovered entities with the text this function gives for an entity id (null: none). */
    void setTooltipText(Function<String, String> textForEntityId) {
        tooltipText = textForEntityId;
        if (textForEntityId == null) {
            tooltip.hide();
        }
    }

    void setOnEntityClicked(Consumer<String> handler) {
        onEntityClicked = Objects.requireNonNull(handler);
    }

    void setOnRelationshipClicked(Consumer<String> handler) {
        onRelationshipClicked = Objects.requireNonNull(handler);
    }

    void setOnBackgroundClicked(Runnable handler) {
        onBackgroundClicked = Objects.requireNonNull(handler);
    }

    void hideTooltip() {
        tooltip.hide();
    }

    /** Keyboard equivalents of the wheel and of dragging: + and - zoom, arrow keys pan. */
    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> target.zoomBy(KEY_ZOOM);
            case MINUS, SUBTRACT -> target.zoomBy(1 / KEY_ZOOM);
            case LEFT -> target.panBy(KEY_PAN, 0);
            case RIGHT -> target.panBy(-KEY_PAN, 0);
            case UP -> target.panBy(0, KEY_PAN);
            case DOWN -> target.panBy(0, -KEY_PAN);
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
        surface.requestFocus();
        target.gestureStarted();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        pressedNode = nodeAt(e.getX(), e.getY());
        pressedEdge = pressedNode < 0 ? edgeAt(e.getX(), e.getY()) : -1;
        if (pressedNode >= 0) {
            // Where in the node it was grabbed, so that it does not jump to put its centre under the mouse.
            NetworkModel model = target.model();
            Point3 centre = camera.toPixels(model.x(pressedNode), model.y(pressedNode));
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
                target.dragNode(pressedNode, e.getX() + grabDx, e.getY() + grabDy);
            } else {
                target.panBy(e.getX() - lastX, e.getY() - lastY);
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
                onEntityClicked.accept(target.model().entityId(pressedNode));
            } else if (pressedEdge >= 0) {
                onRelationshipClicked.accept(target.model().relationshipId(pressedEdge));
            } else {
                onBackgroundClicked.run();
            }
        }
        dragging = false;
        pressedNode = -1;
        pressedEdge = -1;
    }

    private void hoverAt(double x, double y, double screenX, double screenY) {
        int node = nodeAt(x, y);
        int edge = node < 0 ? edgeAt(x, y) : -1;
        boolean changed = node != target.hoveredNode() || edge != target.hoveredEdge();
        if (changed) {
            target.hover(node, edge);
        }
        if (node >= 0 && tooltipText != null) {
            if (changed || !tooltip.isShowing()) {
                tooltip.setText(tooltipText.apply(target.model().entityId(node)));
                tooltip.show(tooltipOwner, screenX + 14, screenY + 18);
            }
        } else {
            tooltip.hide();
        }
    }

    /** The visible node drawn under a point of the view, nearest centre first; -1 when none. */
    int nodeAt(double x, double y) {
        NetworkModel model = target.model();
        if (!model.positioned) {
            return -1;
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < model.nodeCount(); i++) {
            if (model.nodeHidden[i]) {
                continue;
            }
            Point3 p = camera.toPixels(model.x(i), model.y(i));
            double distance = Math.hypot(p.x - x, p.y - y);
            if (distance <= model.nodeSizePx[i] / 2 + PICK_TOLERANCE && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The visible edge passing nearest a point of the view, within a few pixels; -1 when none. */
    int edgeAt(double x, double y) {
        NetworkModel model = target.model();
        if (!model.positioned) {
            return -1;
        }
        int best = -1;
        double bestDistance = PICK_TOLERANCE + 1;
        for (int j = 0; j < model.edgeCount(); j++) {
            int a = model.from[j];
            int b = model.to[j];
            if (model.edgeHidden[j] || a == b) {
                continue;
            }
            Point3 pa = camera.toPixels(model.x(a), model.y(a));
            Point3 pb = camera.toPixels(model.x(b), model.y(b));
            double distance = distanceToSegment(x, y, pa.x, pa.y, pb.x, pb.y);
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
}

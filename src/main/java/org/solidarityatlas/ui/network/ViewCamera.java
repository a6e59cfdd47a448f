package org.solidarityatlas.ui.network;

import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.util.Duration;

import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.view.camera.Camera;

/**
 * Where the view looks and how that changes: framing what is visible, following the layout until the person
 * moves the camera, zooming around a point, panning, gliding. Zoom is relative to the whole layout, not to what the
 * filters leave visible (GraphStream's default), so that filtering never changes the scale. The state is a
 * {@link NetworkCamera}; GraphStream's camera is given it and turns layout units into pixels for drawing.
 */
final class ViewCamera {

    private static final double MIN_ZOOM = 0.01;
    private static final double MAX_ZOOM = 4;

    private final Supplier<Camera> graphCamera;
    private final DoubleSupplier width;
    private final DoubleSupplier height;
    private final DoubleSupplier padding;
    private final Runnable requestFrame;
    private NetworkCamera camera = new NetworkCamera(0, 0, 1);
    private Box layoutBounds = new Box(-1, -1, 1, 1);
    /** True while the camera frames the whole network by itself: until the person zooms, pans or drags. */
    private boolean followLayout = true;
    private Transition glide;

    /**
     * A camera for a view whose size in pixels {@code width} and {@code height} give, with the stylesheet's
     * {@code padding} around the network; {@code requestFrame} asks for the view to be drawn again.
     */
    ViewCamera(Supplier<Camera> graphCamera, DoubleSupplier width, DoubleSupplier height, DoubleSupplier padding,
            Runnable requestFrame) {
        this.graphCamera = graphCamera;
        this.width = width;
        this.height = height;
        this.padding = padding;
        this.requestFrame = requestFrame;
    }

    NetworkCamera current() {
        return camera;
    }

    /** Frames the network by itself again, from now on, until the person moves the camera. */
    void followLayout() {
        followLayout = true;
    }

    /** The person took over: the camera stays where it is put. */
    void stopFollowing() {
        followLayout = false;
    }

    /** Jumps to a camera, ending any glide. */
    void set(NetworkCamera target) {
        stopGlide();
        move(target);
    }

    /** Moves smoothly to {@code target} over {@code duration}; any mouse gesture interrupts it. */
    void glideTo(NetworkCamera target, Duration duration) {
        stopGlide();
        NetworkCamera from = camera;
        glide = new Transition() {
            {
                setCycleDuration(duration);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double t) {
                move(from.towards(target, t));
            }
        };
        glide.setOnFinished(e -> move(target));
        glide.play();
    }

    void stopGlide() {
        if (glide != null) {
            glide.stop();
            glide = null;
        }
    }

    private void move(NetworkCamera target) {
        followLayout = false;
        camera = Objects.requireNonNull(target);
        apply();
    }

    /** Frames what {@code fitting} gives if the camera still follows the layout. */
    void follow(Supplier<NetworkCamera> fitting) {
        if (followLayout) {
            camera = fitting.get();
            apply();
        }
    }

    /** The box that zoom 1 shows whole: the layout's, whatever the filters hide. */
    void setLayoutBounds(Box bounds) {
        layoutBounds = bounds;
        graphCamera.get().setGraphViewport(bounds.minX(), bounds.minY(), bounds.maxX(), bounds.maxY());
    }

    Box layoutBounds() {
        return layoutBounds;
    }

    private void apply() {
        Camera c = graphCamera.get();
        c.setViewCenter(camera.centreX(), camera.centreY(), 0);
        c.setViewPercent(camera.zoom());
        requestFrame.run();
    }

    /** Zooms so that the point under {@code (x, y)} (pixels) stays there; a factor above 1 brings things closer. */
    void zoomAround(double x, double y, double factor) {
        if (!(factor > 0)) {
            return;
        }
        double zoom = clampZoom(camera.zoom() / factor);
        // From our camera rather than the last frame's transform: several wheel events can come between frames.
        double scale = pxPerUnit(camera);
        double anchorX = camera.centreX() + (x - width.getAsDouble() / 2) / scale;
        double anchorY = camera.centreY() - (y - height.getAsDouble() / 2) / scale;
        // Keep the point under the cursor where it is: it moves towards the centre as the scale grows.
        double keep = zoom / camera.zoom();
        double cx = anchorX - (anchorX - camera.centreX()) * keep;
        double cy = anchorY - (anchorY - camera.centreY()) * keep;
        set(new NetworkCamera(cx, cy, zoom));
    }

    /** Moves what is shown by a number of pixels (positive: to the right and down). */
    void panBy(double dxPx, double dyPx) {
        double scale = pxPerUnit(camera);
        set(new NetworkCamera(camera.centreX() - dxPx / scale, camera.centreY() + dyPx / scale, camera.zoom()));
    }

    /**
     * The camera that frames the box {@code fitted} (layout units) in the view, with room on the right for labels:
     * {@code overflowAt} gives how many pixels labels reach past the box's right side at a scale (pixels per unit).
     * A null box frames the layout's centre at zoom 1.
     */
    NetworkCamera fitting(Box fitted, java.util.function.DoubleUnaryOperator overflowAt) {
        if (fitted == null) {
            return new NetworkCamera(layoutBounds.centreX(), layoutBounds.centreY(), 1);
        }
        double[] usable = usableViewport();
        double wholeScale = Math.min(usable[0] / layoutBounds.width(), usable[1] / layoutBounds.height());
        // A lone entity (or a line of them) is framed as if the box were a tenth of the layout wide.
        double width = Math.max(fitted.width(), layoutBounds.width() / 10);
        double height = Math.max(fitted.height(), layoutBounds.height() / 10);
        double wantedScale = Math.min(usable[0] / width, usable[1] / height);
        // Labels reach right of their nodes: leave room for those of the rightmost ones, shifting the frame left.
        double overflow = overflowAt.applyAsDouble(wantedScale);
        if (overflow > 0) {
            double narrower = Math.max(usable[0] / 2, usable[0] - overflow);
            wantedScale = Math.min(narrower / width, usable[1] / height);
            overflow = Math.min(usable[0] / 2, overflowAt.applyAsDouble(wantedScale));
        }
        double zoom = clampZoom(wholeScale / wantedScale);
        double shift = overflow / 2 / (wholeScale / zoom);
        return new NetworkCamera(fitted.centreX() + shift, fitted.centreY(), zoom);
    }

    /** Pixels per layout unit for a camera, as GraphStream's camera computes them. */
    double pxPerUnit(NetworkCamera c) {
        double[] usable = usableViewport();
        return Math.min(usable[0] / layoutBounds.width(), usable[1] / layoutBounds.height()) / c.zoom();
    }

    /** Width and height left for the network once the stylesheet's padding is taken off each side. */
    double[] usableViewport() {
        double pad = padding.getAsDouble();
        double w = Math.max(width.getAsDouble(), 1);
        double h = Math.max(height.getAsDouble(), 1);
        // As GraphStream's camera does: padding wider than the view counts as a tenth of it.
        return new double[] {w - (2 * pad > w ? w / 10 : 2 * pad), h - (2 * pad > h ? h / 10 : 2 * pad)};
    }

    /** Pixels of the padding that a label may run into, keeping a small margin to the edge. */
    double labelRoomInPadding() {
        return Math.max(0, padding.getAsDouble() - 8);
    }

    /** A point in layout units as pixels of the view, by the camera of the last frame drawn. */
    Point3 toPixels(double x, double y) {
        return graphCamera.get().transformGuToPx(x, y, 0);
    }

    /** A point in pixels of the view as layout units. */
    Point3 toLayout(double xPx, double yPx) {
        return graphCamera.get().transformPxToGu(xPx, yPx);
    }

    private static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }
}

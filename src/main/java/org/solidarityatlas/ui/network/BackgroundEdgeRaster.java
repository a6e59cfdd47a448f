package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

/**
 * Rasterizes the large edge groups of on-screen frames on a thread of its own, so that the JavaFX thread only
 * collects their numbers ({@link EdgeStrokes}) and lays the last finished picture on the canvas.
 *
 * <p>Each large group of a frame, in drawing order, has a slot. A slot paints one set of strokes at a time; a
 * frame whose strokes differ from the slot's last ones hands them over when the slot is free, and meanwhile
 * lays the slot's last picture, moved and scaled by how the camera changed since its strokes were collected, so
 * panning and zooming never leave the edges behind; only the layout's own moves show a frame or two late. A
 * finished picture asks for one more frame; that frame's strokes are the same, so nothing more is painted and the
 * view comes to rest. Exports and slides do not come here: they paint on their own thread, at full quality.
 */
final class BackgroundEdgeRaster {

    private static final Logger LOG = Logger.getLogger(BackgroundEdgeRaster.class.getName());

    /** One large group's pictures. Fields are read and written on the JavaFX thread, except as noted. */
    private static final class Slot {
        /** Painted on the worker while {@link #painting}. */
        final EdgeRaster raster = new EdgeRaster();
        /** The strokes last handed over; read by the worker while {@link #painting}, else only here. */
        final EdgeStrokes handedOver = new EdgeStrokes();
        final double[] handedOverCamera = new double[6];
        boolean anyHandedOver;
        boolean painting;
        WritableImage picture;
        final double[] pictureCamera = new double[6];
        int pictureWidth;
        int pictureHeight;
        long pictureBlended;
    }

    private final List<Slot> slots = new ArrayList<>();
    private final Runnable askForFrame;
    /** Runs the painting: a thread of this object's own unless given. */
    private Executor worker;
    private ExecutorService ownWorker;
    private boolean disposed;

    /** {@code askForFrame} draws the view again (JavaFX thread) once a new picture is ready. */
    BackgroundEdgeRaster(Runnable askForFrame) {
        this.askForFrame = askForFrame;
    }

    /** Paints on {@code worker} (tests hold the work back to show what the JavaFX thread does alone). */
    BackgroundEdgeRaster(Runnable askForFrame, Executor worker) {
        this.askForFrame = askForFrame;
        this.worker = worker;
    }

    /**
     * Lays slot {@code k}'s latest picture for these strokes on {@code g} and hands the strokes over if they are
     * new. {@code camera} is the frame's transform, {@code scale} the target's. Returns the pixels blended into
     * the picture laid, or -1 when the slot has none yet.
     */
    long lay(GraphicsContext g, int k, EdgeStrokes strokes, double[] camera, double scale) {
        while (slots.size() <= k) {
            slots.add(new Slot());
        }
        Slot slot = slots.get(k);
        if (!slot.painting && !(slot.anyHandedOver && slot.handedOver.sameAs(strokes))) {
            handOver(slot, strokes, camera);
        }
        if (slot.picture == null) {
            return -1;
        }
        draw(g, slot, camera, scale);
        return slot.pictureBlended;
    }

    /** Stops the worker; pictures still being painted are dropped. */
    void dispose() {
        disposed = true;
        if (ownWorker != null) {
            ownWorker.shutdownNow();
        }
    }

    private void handOver(Slot slot, EdgeStrokes strokes, double[] camera) {
        if (disposed) {
            return;
        }
        if (worker == null) {
            ownWorker = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "edge-raster");
                thread.setDaemon(true);
                return thread;
            });
            worker = ownWorker;
        }
        slot.handedOver.copyFrom(strokes);
        System.arraycopy(camera, 0, slot.handedOverCamera, 0, camera.length);
        slot.anyHandedOver = true;
        slot.painting = true;
        try {
            worker.execute(() -> paint(slot));
        } catch (RejectedExecutionException stopped) {
            slot.painting = false;
        }
    }

    /** On the worker: paints the slot's strokes, then hands the picture to the JavaFX thread. */
    private void paint(Slot slot) {
        long blended;
        try {
            slot.handedOver.paintPixels(slot.raster);
            blended = slot.raster.blendedPixels();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "drawing the edges failed", e);
            Platform.runLater(() -> slot.painting = false);
            return;
        }
        Platform.runLater(() -> {
            slot.painting = false;
            if (disposed) {
                return;
            }
            slot.picture = slot.raster.publish();
            System.arraycopy(slot.handedOverCamera, 0, slot.pictureCamera, 0, 6);
            slot.pictureWidth = slot.handedOver.width();
            slot.pictureHeight = slot.handedOver.height();
            slot.pictureBlended = blended;
            askForFrame.run();
        });
    }

    /**
     * Lays the picture where its edges are under the frame's camera: a picture drawn for camera A shows, under
     * camera B, scaled by B's zoom over A's and shifted by the difference of their offsets (the camera neither
     * rotates nor shears; if it ever did, the picture is laid as drawn).
     */
    private static void draw(GraphicsContext g, Slot slot, double[] now, double scale) {
        double[] then = slot.pictureCamera;
        double width = slot.pictureWidth / scale;
        double height = slot.pictureHeight / scale;
        boolean axisAligned = then[1] == 0 && then[2] == 0 && now[1] == 0 && now[2] == 0 && then[0] != 0
                && then[3] != 0;
        if (!axisAligned) {
            g.drawImage(slot.picture, 0, 0, width, height);
            return;
        }
        double kx = now[0] / then[0];
        double ky = now[3] / then[3];
        g.drawImage(slot.picture, now[4] - kx * then[4], now[5] - ky * then[5], kx * width, ky * height);
    }
}

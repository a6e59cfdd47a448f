package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.testing.Fx;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundEdgeRasterTest {

    private static final double[] IDENTITY = {1, 0, 0, 1, 0, 0};
    /** The same camera moved 20 pixels down. */
    private static final double[] MOVED_DOWN = {1, 0, 0, 1, 0, 20};
    /** The same camera zoomed in twice, around the top left corner. */
    private static final double[] ZOOMED_IN = {2, 0, 0, 2, 0, 0};

    private final AtomicInteger framesAskedFor = new AtomicInteger();
    private BackgroundEdgeRaster background;

    @Start
    void start(Stage stage) {
        background = new BackgroundEdgeRaster(framesAskedFor::incrementAndGet);
    }

    @AfterEach
    void dispose() {
        Fx.run(background::dispose);
    }

    /** A horizontal black line across a 100 by 100 picture at height y. */
    private static EdgeStrokes lineAt(double y) {
        EdgeStrokes strokes = new EdgeStrokes();
        strokes.begin(100, 100, Color.BLACK, 2, false);
        strokes.line(0, y, 100, y);
        return strokes;
    }

    /** Lays slot 0 on a white canvas and returns the canvas's pixels and what lay() answered. */
    private record Laid(long blended, WritableImage pixels) {
        boolean inked(int x, int y) {
            return (pixels.getPixelReader().getArgb(x, y) & 0xff) < 128;
        }
    }

    private Laid lay(EdgeStrokes strokes, double[] camera) {
        return Fx.call(() -> {
            Canvas canvas = new Canvas(100, 100);
            var g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 100, 100);
            long blended = background.lay(g, 0, strokes, camera, 1);
            return new Laid(blended, canvas.snapshot(new SnapshotParameters(), null));
        });
    }

    @Test
    void theFirstFrameLaysNothingAndAsksForAnotherOnceThePictureIsPainted() {
        Laid first = lay(lineAt(50), IDENTITY);

        assertEquals(-1, first.blended());
        Fx.waitUntil(() -> framesAskedFor.get() == 1);
        Laid second = lay(lineAt(50), IDENTITY);
        assertTrue(second.blended() > 0);
        assertTrue(second.inked(50, 50), "the line is on the canvas");
        assertFalse(second.inked(50, 20), "nothing away from it");
    }

    @Test
    void theSameStrokesAreNotPaintedAgainSoTheViewComesToRest() {
        lay(lineAt(50), IDENTITY);
        Fx.waitUntil(() -> framesAskedFor.get() == 1);

        lay(lineAt(50), IDENTITY);
        lay(lineAt(50), IDENTITY);

        // Were they handed over again, a picture would come back and ask for another frame.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, framesAskedFor.get());
    }

    @Test
    void theJavaFxThreadOnlyHandsStrokesOverAndThePictureIsPaintedElsewhere() {
        List<Runnable> handedOver = new ArrayList<>();
        background = Fx.call(() -> new BackgroundEdgeRaster(framesAskedFor::incrementAndGet, handedOver::add));

        Laid before = lay(lineAt(50), IDENTITY);

        assertEquals(-1, before.blended());
        assertEquals(1, handedOver.size());
        handedOver.get(0).run(); // on the test's thread, as the worker would
        Fx.waitUntil(() -> framesAskedFor.get() == 1);
        assertTrue(lay(lineAt(50), IDENTITY).inked(50, 50));
    }

    @Test
    void aPictureFollowsTheCameraThatMovedSinceItsStrokes() {
        lay(lineAt(30), IDENTITY);
        Fx.waitUntil(() -> framesAskedFor.get() == 1);

        // The camera moved down by 20 pixels; the new strokes are handed over, the old picture laid meanwhile.
        Laid moved = lay(lineAt(50), MOVED_DOWN);

        assertTrue(moved.inked(50, 50), "the old picture is laid where its edges now are");
        assertFalse(moved.inked(50, 30), "not where they were");
    }

    @Test
    void aPictureScalesWithTheCameraZoom() {
        lay(lineAt(30), IDENTITY);
        Fx.waitUntil(() -> framesAskedFor.get() == 1);

        Laid zoomed = lay(lineAt(60), ZOOMED_IN);

        assertTrue(zoomed.inked(50, 60), "twice as far from the corner");
        assertFalse(zoomed.inked(50, 30), "not where it was");
    }
}

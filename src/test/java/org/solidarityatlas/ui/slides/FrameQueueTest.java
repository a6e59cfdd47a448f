package org.solidarityatlas.ui.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.export.AnimatedGifWriter;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Frames handed from the drawing thread to the GIF encoder's. */
@ExtendWith(ApplicationExtension.class)
class FrameQueueTest {

    @TempDir
    Path out;

    @Start
    void start(Stage ignored) {
        // Only the toolkit is needed, to make images.
    }

    private static WritableImage filled(Color colour) {
        WritableImage image = new WritableImage(8, 4);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 8; x++) {
                image.getPixelWriter().setColor(x, y, colour);
            }
        }
        return image;
    }

    private FutureTask<Integer> encoding(FrameQueue frames, Path gif) {
        FutureTask<Integer> encoding = new FutureTask<>(() -> new AnimatedGifWriter().write(frames, 100, gif));
        new Thread(encoding).start();
        return encoding;
    }

    @Test
    void everyFrameHandedOverIsWrittenThenTheGifEnds() throws Exception {
        FrameQueue frames = new FrameQueue();
        Path gif = out.resolve("three.gif");
        FutureTask<Integer> encoding = encoding(frames, gif);
        for (Color colour : new Color[] {Color.RED, Color.WHITE, Color.BLUE}) {
            assertTrue(frames.put(filled(colour), encoding));
        }
        frames.end(encoding);
        assertEquals(3, encoding.get(1, TimeUnit.MINUTES));
        assertTrue(Files.exists(gif));
    }

    @Test
    void anAbandonedTimelineLeavesNoGif() throws Exception {
        FrameQueue frames = new FrameQueue();
        Path gif = out.resolve("abandoned.gif");
        FutureTask<Integer> encoding = encoding(frames, gif);
        frames.put(filled(Color.RED), encoding);
        frames.abandon();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> encoding.get(1, TimeUnit.MINUTES));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertFalse(Files.exists(gif));
        try (var left = Files.list(out)) {
            assertEquals(0, left.count(), "no temporary file left either");
        }
    }

    @Test
    void framesReachTheEncoderWithTheColoursDrawn() throws Exception {
        FrameQueue frames = new FrameQueue();
        FutureTask<Integer> encoder = new FutureTask<>(() -> 0);
        frames.put(filled(Color.rgb(200, 30, 90)), encoder);
        frames.end(encoder);
        BufferedImage frame = frames.next();
        assertEquals(8, frame.getWidth());
        assertEquals(4, frame.getHeight());
        assertEquals(0xC81E5A, frame.getRGB(5, 2) & 0xFFFFFF);
        assertFalse(frames.hasNext());
    }
}

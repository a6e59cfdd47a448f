package org.solidarityatlas.ui.slides;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;

/**
 * Timeline frames handed from the JavaFX thread, which draws them, to the GIF encoder's thread, which reads them as
 * an iterator: frame n is encoded while frame n+1 is drawn. It holds at most {@link #CAPACITY} frames. An
 * abandoned queue makes the encoder fail, so that the GIF it was writing is not kept.
 */
final class FrameQueue implements Iterator<BufferedImage> {

    static final int CAPACITY = 2;
    private static final Object END = new Object();
    private static final Object ABANDONED = new Object();

    private final BlockingQueue<Object> frames = new ArrayBlockingQueue<>(CAPACITY + 1);
    private Object next;

    /**
     * Hands a frame over, waiting while the queue is full; false, with the frame dropped, if the encoder has
     * stopped (it failed: its future says why).
     */
    boolean put(Image frame, Future<?> encoder) throws InterruptedException {
        return handOver(frame, encoder);
    }

    /** No more frames: the GIF is complete (unless the encoder has stopped, as {@link #put} says). */
    void end(Future<?> encoder) throws InterruptedException {
        handOver(END, encoder);
    }

    private boolean handOver(Object item, Future<?> encoder) throws InterruptedException {
        while (!frames.offer(item, 100, TimeUnit.MILLISECONDS)) {
            if (encoder.isDone()) {
                return false;
            }
        }
        return true;
    }

    /** No more frames, and the GIF is not to be kept. Never waits (it may be called as the encoder has stopped). */
    void abandon() {
        frames.clear();
        frames.offer(ABANDONED);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = frames.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a frame");
            }
        }
        if (next == ABANDONED) {
            throw new IllegalStateException("the timeline stopped before its last frame");
        }
        return next != END;
    }

    @Override
    public BufferedImage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Image frame = (Image) next;
        next = null;
        return SlidePixels.opaque(frame);
    }
}

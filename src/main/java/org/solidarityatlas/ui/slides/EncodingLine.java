package org.solidarityatlas.ui.slides;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Encodes and writes a story's pictures on one background thread, in the order they were drawn, while the caller
 * draws the next one: drawing needs the JavaFX thread, PNG, JPEG and GIF encoding do not, so on two cores the two
 * overlap. At most {@link #WAITING} pictures wait at a time, so a long export holds a few pictures, never all.
 * The first failure stops the line; the caller hears of it at its next {@link #submit} or at {@link #finish}.
 */
final class EncodingLine implements AutoCloseable {

    /** Encoding work for one picture. */
    interface Work {
        void run() throws Exception;
    }

    static final int WAITING = 2;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread encoder = new Thread(work, "story-encoding");
        encoder.setDaemon(true);
        return encoder;
    });
    private final Semaphore room = new Semaphore(WAITING);
    private volatile Exception failure;

    /** Queues the work after what is queued, waiting while {@link #WAITING} pictures are queued already. */
    void submit(Work work) throws IOException {
        rethrowFailure();
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    work.run();
                }
            } catch (Exception e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    /** Waits until everything queued is written, and reports the first failure. */
    void finish() throws IOException {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
                // Still encoding: a large story's last pictures take a moment.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the pictures");
        }
        rethrowFailure();
    }

    private void rethrowFailure() throws IOException {
        Exception e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Stops the line, waiting for the picture under way so that nothing writes after the caller has gone on. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

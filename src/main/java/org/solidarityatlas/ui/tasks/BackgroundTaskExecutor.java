package org.solidarityatlas.ui.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for all database work, so queries run in the order they were asked and never on the
 * JavaFX thread; results come back through {@link Platform#runLater}, unless the task was cancelled by then.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {

    private static final long CLOSE_TIMEOUT_SECONDS = 20;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atlas-store");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onResult,
            Consumer<? super Exception> onFailure) {
        TaskHandle handle = new TaskHandle();
        try {
            Future<?> running = executor.submit(() -> {
                if (handle.isCancelled()) {
                    return;
                }
                try {
                    T result = work.call();
                    Platform.runLater(() -> handle.succeed(() -> onResult.accept(result)));
                } catch (Exception e) {
                    Platform.runLater(() -> handle.fail(() -> onFailure.accept(e)));
                }
            });
            // Not interrupted once started: Neo4j's transactions and file writes are left to finish or fail whole.
            handle.whenCancelled(() -> running.cancel(false));
        } catch (RejectedExecutionException e) {
            // Closing the window: nothing is left to show the result to.
            handle.cancel();
        }
        return handle;
    }

    /** Lets queued work finish (closing the store among it) so the database is shut down cleanly on exit. */
    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

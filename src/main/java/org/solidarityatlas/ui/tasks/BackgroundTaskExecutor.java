package org.solidarityatlas.ui.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for all database work, so queries run in the order they were asked and never on the
 * JavaFX thread; results come back through {@link Platform#runLater}.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {

    private static final long CLOSE_TIMEOUT_SECONDS = 20;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atlas-store");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onResult.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // Closing the window: nothing is left to show the result to.
        }
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

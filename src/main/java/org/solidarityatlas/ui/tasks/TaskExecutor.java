package org.solidarityatlas.ui.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may block (every database call) away from the JavaFX thread and hands the result or the
 * failure back on the JavaFX thread.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onResult} or {@code onFailure} on the JavaFX thread, unless
     * the returned handle was cancelled first.
     */
    <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure);

    /** Stops accepting work and waits a while for work already queued to finish. */
    void shutdown();
}

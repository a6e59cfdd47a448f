package org.solidarityatlas.ui.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may block (every database call) away from the JavaFX thread and hands the result or the
 * failure back on the JavaFX thread.
 */
public interface TaskExecutor {

    <T> void submit(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure);

    /** Stops accepting work and waits a while for work already queued to finish. */
    void shutdown();
}

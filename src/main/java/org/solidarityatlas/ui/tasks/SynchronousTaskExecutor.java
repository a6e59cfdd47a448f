package org.solidarityatlas.ui.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread; for view-model tests, which have no JavaFX thread to return to. */
public final class SynchronousTaskExecutor implements TaskExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onResult.accept(result);
    }

    @Override
    public void shutdown() {
        // Nothing runs in the background.
    }
}

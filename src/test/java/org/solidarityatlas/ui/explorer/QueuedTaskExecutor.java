package org.solidarityatlas.ui.explorer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.solidarityatlas.ui.tasks.TaskExecutor;
import org.solidarityatlas.ui.tasks.TaskHandle;

/**
 * Holds the work in order until the test runs it, as the one background thread would, one task at a time: so a
 * test can act while the store is still opening.
 */
final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onResult,
            Consumer<? super Exception> onFailure) {
        TaskHandle handle = new TaskHandle();
        queue.add(() -> {
            if (handle.isCancelled()) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                handle.fail(() -> onFailure.accept(e));
                return;
            }
            handle.succeed(() -> onResult.accept(result));
        });
        return handle;
    }

    /** Runs the oldest queued task. */
    void runNext() {
        queue.removeFirst().run();
    }

    /** Runs every task, those queued meanwhile included. */
    void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    @Override
    public void shutdown() {
        runAll();
    }
}

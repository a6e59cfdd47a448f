package org.solidarityatlas.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.solidarityatlas.ui.tasks.TaskExecutor;
import org.solidarityatlas.ui.tasks.TaskHandle;

/**
 * Background work held back until the test runs it, so a test can act while work is still pending (a newer
 * request, a cancel, a new dataset) and then let the answers arrive, in the order they were asked.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onResult,
            Consumer<? super Exception> onFailure) {
        TaskHandle handle = new TaskHandle();
        pending.add(() -> {
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

    /** How many pieces of work wait. */
    public int pending() {
        return pending.size();
    }

    /** Runs the oldest piece of work that waits. */
    public void runNext() {
        pending.removeFirst().run();
    }

    /** Runs everything that waits, and what it submits in turn, in order. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Override
    public void shutdown() {
        runAll();
    }
}

package org.solidarityatlas.ui.tasks;

import java.util.function.Supplier;

/**
 * The rule for requests that a newer one supersedes (search as you type, a path, opening a file, a new dataset):
 * starting one cancels the one before, so only the latest answer is ever shown.
 */
public final class LatestRequest {

    private TaskHandle current = TaskHandle.ended(TaskHandle.Outcome.SUCCEEDED);

    /** Cancels the previous request and starts this one; returns its handle. */
    public TaskHandle start(Supplier<TaskHandle> submit) {
        current.cancel();
        current = submit.get();
        return current;
    }

    /** Cancels the pending request, if any (the selection or the dataset changed). */
    public void cancel() {
        current.cancel();
    }

    public TaskHandle current() {
        return current;
    }
}

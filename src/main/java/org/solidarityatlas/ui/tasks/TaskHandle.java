package org.solidarityatlas.ui.tasks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One piece of background work as its submitter sees it: it can be cancelled, and it completes once its result
 * or failure was handed over, or once it was cancelled. A cancelled task never hands anything over, so a request
 * that a newer one superseded cannot overwrite the newer answer.
 */
public final class TaskHandle {

    /** How a task ended. */
    public enum Outcome { SUCCEEDED, FAILED, CANCELLED }

    private final CompletableFuture<Outcome> completion = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile Runnable onCancel = () -> { };

    /** A handle for work that has already ended this way (nothing was left to run). */
    public static TaskHandle ended(Outcome outcome) {
        TaskHandle handle = new TaskHandle();
        handle.cancelled = outcome == Outcome.CANCELLED;
        handle.completion.complete(outcome);
        return handle;
    }

    /** Drops the result and stops the work if it has not started; the work itself may check {@link #isCancelled}. */
    public void cancel() {
        if (completion.isDone()) {
            return;
        }
        cancelled = true;
        onCancel.run();
        completion.complete(Outcome.CANCELLED);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isDone() {
        return completion.isDone();
    }

    /** Completes with how the task ended, after its result or failure was handed over. */
    public CompletionStage<Outcome> completion() {
        return completion;
    }

    /** For executors: what stopping the work takes (e.g. cancelling its future). */
    public void whenCancelled(Runnable action) {
        onCancel = action;
        if (cancelled) {
            action.run();
        }
    }

    /** For executors: hands the result over unless the task was cancelled meanwhile. */
    public void succeed(Runnable handOver) {
        finish(handOver, Outcome.SUCCEEDED);
    }

    /** For executors: hands the failure over unless the task was cancelled meanwhile. */
    public void fail(Runnable handOver) {
        finish(handOver, Outcome.FAILED);
    }

    private void finish(Runnable handOver, Outcome outcome) {
        if (cancelled || completion.isDone()) {
            return;
        }
        try {
            handOver.run();
        } finally {
            completion.complete(outcome);
        }
    }
}

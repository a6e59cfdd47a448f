package org.solidarityatlas.ui.network;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * One network's layout as the view follows it: started with a {@link LayoutEngine}, it keeps the newest frame the
 * layout thread published until the JavaFX thread takes it, and ends either settled or failed. Reports from a
 * layout that was stopped (the view showed another network) are dropped.
 */
final class LayoutProgress {

    /** A frame from the layout thread. */
    record Frame(double[] positions, boolean settled) {
    }

    private enum State { RUNNING, SETTLED, FAILED }

    private final LayoutEngine engine;
    private LayoutEngine.Running running;
    /** Counts the layouts started, so that reports from a stopped one are told apart. */
    private volatile int started;
    private final AtomicReference<Frame> pending = new AtomicReference<>();
    private State state = State.SETTLED;
    private Throwable failure;

    LayoutProgress(LayoutEngine engine) {
        this.engine = engine;
    }

    /** A network is being built: its layout is under way, though it starts only once the network is built. */
    void expect() {
        stop();
        state = State.RUNNING;
        failure = null;
    }

    /**
     * Starts laying out the model. {@code frameArrived} runs on the JavaFX thread when a frame waits to be taken;
     * {@code failed} runs there if the layout stops on an error.
     */
    void start(NetworkModel model, Runnable frameArrived, Consumer<Throwable> failed) {
        int layout = ++started;
        List<String> ids = model.entities.stream().map(e -> e.id()).toList();
        LayoutEngine.Listener listener = new LayoutEngine.Listener() {
            @Override
            public void frame(double[] positions, boolean settled) {
                // On the layout thread: keep the newest frame and ask the JavaFX thread to take it.
                if (layout == started && pending.getAndSet(new Frame(positions, settled)) == null) {
                    Platform.runLater(frameArrived);
                }
            }

            @Override
            public void failed(Throwable error) {
                Platform.runLater(() -> {
                    if (layout == started && fail(error)) {
                        failed.accept(error);
                    }
                });
            }
        };
        try {
            running = engine.start(ids, model.from, model.to, model.startPlaces, listener);
        } catch (RuntimeException e) {
            if (fail(e)) {
                failed.accept(e);
            }
        }
    }

    /** The newest frame not yet taken, or null. */
    Frame take() {
        return pending.getAndSet(null);
    }

    /** The settled frame was taken: the layout is done. */
    void settled() {
        state = State.SETTLED;
    }

    private boolean fail(Throwable error) {
        if (state != State.RUNNING) {
            return false;
        }
        running = null;
        state = State.FAILED;
        failure = error;
        return true;
    }

    boolean isRunning() {
        return state == State.RUNNING;
    }

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Keeps a node where the person dropped it. */
    void pin(int node, double x, double y) {
        if (running != null) {
            running.pin(node, x, y);
        }
    }

    /** Stops the layout; reports it still sends are dropped. */
    void stop() {
        started++;
        if (running != null) {
            running.stop();
            running = null;
        }
        pending.set(null);
        state = State.SETTLED;
    }

    /** The running layout's thread, for tests; empty when none runs or the engine has no thread of its own. */
    Optional<Thread> thread() {
        return running instanceof ForceLayout force ? Optional.of(force.thread()) : Optional.empty();
    }
}

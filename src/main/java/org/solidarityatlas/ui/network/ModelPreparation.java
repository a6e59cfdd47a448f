package org.solidarityatlas.ui.network;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

import org.solidarityatlas.model.Subgraph;

/**
 * Builds the {@link NetworkModel} of a large network on a thread of its own and hands it to the JavaFX thread: its
 * id maps and adjacency, for the 10,000 entities the explorer draws and their relationships, took most of a pulse
 * there. Only the newest request is handed over; one already superseded when its turn comes is not built. Requests,
 * hand-overs and {@link #cancel} happen on the JavaFX thread.
 */
final class ModelPreparation {

    private static final Logger LOG = Logger.getLogger(ModelPreparation.class.getName());

    private ExecutorService worker;
    /** Counts the requests (JavaFX thread); a hand-over is for the newest only. */
    private int requested;
    /** The newest request, read by the worker to skip those superseded before they start. */
    private volatile int newest;
    private int handedOver;
    /** Models handed over so far, and the thread the last one was built on: for tests. */
    private int handOvers;
    private String lastBuiltOn = "";

    /** Builds the model of {@code part} in the background, then gives it to {@code handOver} on the JavaFX thread. */
    void request(Subgraph part, Map<String, double[]> places, Consumer<NetworkModel> handOver) {
        request(() -> NetworkModel.of(part, places), handOver);
    }

    /**
     * Applies the filters to a model not yet shown, in the background, then hands it over again: the filters set
     * while it was prepared, looked up for every one of its ids, took a pulse's worth of time too.
     */
    void filter(NetworkModel model, Set<String> entityIds, Set<String> relationshipIds,
            Consumer<NetworkModel> handOver) {
        request(() -> {
            model.applyVisibility(entityIds, relationshipIds);
            return model;
        }, handOver);
    }

    private void request(Supplier<NetworkModel> work, Consumer<NetworkModel> handOver) {
        int ticket = ++requested;
        newest = ticket;
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "network-model");
                thread.setDaemon(true);
                return thread;
            });
        }
        try {
            worker.execute(() -> {
                if (newest != ticket) {
                    return;
                }
                NetworkModel next;
                try {
                    next = work.get();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "preparing the network failed", e);
                    return;
                }
                String builtOn = Thread.currentThread().getName();
                Platform.runLater(() -> {
                    if (ticket == requested) {
                        handedOver = ticket;
                        handOvers++;
                        lastBuiltOn = builtOn;
                        handOver.accept(next);
                    }
                });
            });
        } catch (RejectedExecutionException disposed) {
            handedOver = ticket;
        }
    }

    /** Whether a requested model has not been handed over yet. */
    boolean pending() {
        return handedOver != requested;
    }

    /** Drops any request not yet handed over (a small network was built at once instead). */
    void cancel() {
        requested++;
        newest = requested;
        handedOver = requested;
    }

    void dispose() {
        cancel();
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    int handOvers() {
        return handOvers;
    }

    String lastBuiltOn() {
        return lastBuiltOn;
    }
}

package org.solidarityatlas.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.ui.explorer.FilterViewModel;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.ui.explorer.TypeToggle;
import org.solidarityatlas.graph.VisibleSet;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.network.StockNetworkViewer;

/**
 * The measurements that need JavaFX: filtering through the explorer's view model onto the network view, the
 * force layout, and frames per second of the network view. Runs on a real
 * JavaFX toolkit (a display, Xvfb, or Monocle when the build's test flags select it).
 */
final class UiBench {

    static final long TIMEOUT_SECONDS = 180;
    private static final double WINDOW_WIDTH = 1280;
    private static final double WINDOW_HEIGHT = 800;

    private UiBench() {
    }

    /** Starts the JavaFX toolkit once; throws with a one-line reason when there is no display for it. */
    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await();
    }

    /**
     * Each move changes the time window or toggles an entity type, and the resulting visible set is applied to
     * the network view's graph (hidden flags only, no frame drawn): the milliseconds of each move.
     */
    static Timings filtering(Dataset dataset, int warmups, int moves) throws Exception {
        return onFx(() -> {
            FilterViewModel filter = new FilterViewModel();
            filter.load(new LoadedGraph(dataset));
            NetworkView view = new NetworkView();
            Stage stage = stage(view);
            view.show(new Subgraph(dataset.entities(), dataset.relationships()));
            return new Object[] {filter, view, stage};
        }).thenCompose(parts -> afterBuilt((NetworkView) parts[1]).thenApply(ignored -> parts))
                .thenCompose(parts -> onFx(() -> {
                    FilterViewModel filter = (FilterViewModel) parts[0];
                    NetworkView view = (NetworkView) parts[1];
                    Random random = new Random(3);
                    for (int i = 0; i < warmups; i++) {
                        move(filter, view, random);
                    }
                    Timings timings = new Timings();
                    for (int i = 0; i < moves; i++) {
                        timings.time(() -> move(filter, view, random));
                    }
                    view.dispose();
                    ((Stage) parts[2]).close();
                    return timings;
                })).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void move(FilterViewModel filter, NetworkView view, Random random) {
        if (random.nextInt(10) < 7) {
            int first = filter.spanFirstYearProperty().get();
            int last = filter.spanLastYearProperty().get();
            int from = first + random.nextInt(Math.max(1, last - first + 1));
            filter.setWindow(from, from + 1 + random.nextInt(30));
        } else {
            List<TypeToggle<EntityType>> toggles = filter.entityTypes();
            TypeToggle<EntityType> toggle = toggles.get(random.nextInt(toggles.size()));
            toggle.setShown(!toggle.isShown());
        }
        VisibleSet visible = filter.visible();
        view.applyVisibility(visible.entityIds(), visible.relationshipIds());
    }

    /** Seconds from {@link NetworkView#show} to the layout settled, in a window of the usual size. */
    static double layoutSettleSeconds(Subgraph graph) throws Exception {
        CompletableFuture<Double> settled = new CompletableFuture<>();
        Object[] parts = onFx(() -> {
            NetworkView view = new NetworkView();
            Stage stage = stage(view);
            long start = System.nanoTime();
            view.setOnLayoutSettled(() -> settled.complete((System.nanoTime() - start) / 1e9));
            view.show(graph);
            return new Object[] {view, stage};
        }).get();
        try {
            return settled.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            close((NetworkView) parts[0], (Stage) parts[1]);
        }
    }

    /**
     * Frames per second the network view draws, settled and fitted, while the camera zooms slowly in and out
     * (a little on every pulse), so that each frame drawn is a new one: the camera moving, as when someone zooms.
     */
    static double networkViewFps(Subgraph graph, double seconds) throws Exception {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        Object[] parts = onFx(() -> {
            NetworkView view = new NetworkView();
            Stage stage = stage(view);
            view.setOnLayoutSettled(() -> settled.complete(null));
            view.show(graph);
            return new Object[] {view, stage};
        }).get();
        NetworkView view = (NetworkView) parts[0];
        try {
            settled.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            onFx(() -> {
                view.fit();
                return null;
            }).get();
            // The view draws on the pulse after a change, so frames are counted where it draws them; the zoom
            // goes one way for a second at a time, so that every frame drawn shows a new camera.
            return framesPerSecond(seconds, frame -> view.zoomBy((frame / 60) % 2 == 0 ? 1.005 : 1 / 1.005),
                    view::framesDrawn);
        } finally {
            close(view, (Stage) parts[1]);
        }
    }

    /**
     * The same measurement with GraphStream's stock viewer on the same graph placed by the same layout: one
     * frame drawn per pulse, as the network view draws.
     */
    static double stockViewerFps(Subgraph graph, double seconds) throws Exception {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        Object[] parts = onFx(() -> {
            StockNetworkViewer viewer = new StockNetworkViewer(graph, () -> settled.complete(null));
            Stage stage = new Stage();
            stage.setScene(new Scene(viewer.node(), WINDOW_WIDTH, WINDOW_HEIGHT));
            stage.show();
            return new Object[] {viewer, stage};
        }).get();
        StockNetworkViewer viewer = (StockNetworkViewer) parts[0];
        try {
            settled.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long[] drawn = {0};
            return framesPerSecond(seconds, frame -> {
                viewer.zoomBy((frame / 60) % 2 == 0 ? 1.005 : 1 / 1.005);
                viewer.drawFrame();
                drawn[0]++;
            }, () -> drawn[0]);
        } finally {
            onFx(() -> {
                viewer.dispose();
                ((Stage) parts[1]).close();
                return null;
            }).get();
        }
    }

    /** Stops the view's layout thread and closes its window, also after a failure or a timeout. */
    private static void close(NetworkView view, Stage stage) throws Exception {
        onFx(() -> {
            view.dispose();
            stage.close();
            return null;
        }).get();
    }

    private interface Frame {
        void next(long frame);
    }

    /** Pulses before counting starts: enough to warm up, few enough for viewers drawing a frame a second. */
    private static final int WARMUP_FRAMES = 5;

    /**
     * Frames drawn per second (as {@code framesDrawn} counts them) over {@code seconds}, at least one frame,
     * while {@code change} runs on every pulse, after {@link #WARMUP_FRAMES} warm-up pulses. The timer stops
     * however this ends, timeout included.
     */
    private static double framesPerSecond(double seconds, Frame change, LongSupplier framesDrawn)
            throws Exception {
        CompletableFuture<Double> fps = new CompletableFuture<>();
        AnimationTimer timer = new AnimationTimer() {
            private long pulses;
            private long measuredFrom;
            private long drawnBefore;

            @Override
            public void handle(long now) {
                pulses++;
                try {
                    change.next(pulses);
                } catch (RuntimeException e) {
                    stop();
                    fps.completeExceptionally(e);
                    return;
                }
                if (measuredFrom == 0 && pulses == WARMUP_FRAMES) {
                    measuredFrom = now;
                    drawnBefore = framesDrawn.getAsLong();
                } else if (measuredFrom != 0 && now - measuredFrom >= seconds * 1e9
                        && framesDrawn.getAsLong() > drawnBefore) {
                    stop();
                    fps.complete((framesDrawn.getAsLong() - drawnBefore) / ((now - measuredFrom) / 1e9));
                }
            }
        };
        onFx(() -> {
            timer.start();
            return null;
        }).get();
        try {
            return fps.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            onFx(() -> {
                timer.stop();
                return null;
            }).get();
        }
    }

    private static Stage stage(NetworkView view) {
        Stage stage = new Stage();
        stage.setScene(new Scene(view.node(), WINDOW_WIDTH, WINDOW_HEIGHT));
        stage.show();
        return stage;
    }

    /** Completes once the view has built its graph, which it does in slices over several frames. */
    private static CompletableFuture<Void> afterBuilt(NetworkView view) {
        CompletableFuture<Void> built = new CompletableFuture<>();
        onFx(() -> {
            view.setOnLayoutSettled(() -> built.complete(null));
            if (view.isLayoutSettled()) {
                built.complete(null);
            }
            return null;
        });
        return built;
    }

    /** The {@code n} most connected entities of the dataset and the relationships among them. */
    static Subgraph mostConnected(Dataset dataset, int n) {
        Map<String, Integer> degree = new HashMap<>();
        for (Relationship r : dataset.relationships()) {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        }
        List<Entity> entities = new ArrayList<>(dataset.entities());
        entities.sort((a, b) -> Integer.compare(degree.getOrDefault(b.id(), 0), degree.getOrDefault(a.id(), 0)));
        List<Entity> chosen = entities.subList(0, Math.min(n, entities.size()));
        Set<String> ids = new HashSet<>();
        chosen.forEach(e -> ids.add(e.id()));
        List<Relationship> among = dataset.relationships().stream()
                .filter(r -> ids.contains(r.from()) && ids.contains(r.to())).toList();
        return new Subgraph(chosen, among);
    }

    private static <T> CompletableFuture<T> onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    static Throwable cause(Throwable failure) {
        return failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException;
    }
}

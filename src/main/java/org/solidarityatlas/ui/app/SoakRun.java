package org.solidarityatlas.ui.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.FilterViewModel;
import org.solidarityatlas.ui.explorer.PlaybackViewModel;

/**
 * For the benchmark only ({@code -Datlas.bench.soak=MOVES,STEPS}): a user working the filters for a long time.
 * One action a pulse, as a hand on a slider would give them: MOVES filter moves (the time window slides to and
 * fro, every tenth move one entity type goes off or back on), then STEPS playback steps. Reports the heap after a
 * collection at the end less at the start ({@code soak_filter_heap_growth_mb}) and the longest gap between
 * pulses meanwhile ({@code soak_ui_max_block_ms}).
 */
final class SoakRun {

    private static final int WINDOW_YEARS = 10;
    private static final int TYPE_TOGGLE_EVERY = 10;

    private final ExplorerViewModel model;
    private final int moves;
    private final int steps;
    private final Consumer<String> report;
    private final Runnable done;
    private double heapBeforeMegabytes;
    private long lastPulse;
    private long longestGap;
    private int action;

    private SoakRun(ExplorerViewModel model, int moves, int steps, Consumer<String> report, Runnable done) {
        this.model = model;
        this.moves = moves;
        this.steps = steps;
        this.report = report;
        this.done = done;
    }

    /** The soak the property asks for, or none; {@code done} runs on the JavaFX thread once it has reported. */
    static SoakRun fromProperty(ExplorerViewModel model, Consumer<String> report, Runnable done) {
        String value = System.getProperty("atlas.bench.soak");
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] counts = value.split(",");
        return new SoakRun(model, Integer.parseInt(counts[0].trim()), Integer.parseInt(counts[1].trim()), report,
                done);
    }

    /** Starts on the JavaFX thread: first the heap at rest, measured off it, then one action a pulse. */
    void start() {
        afterCollection(megabytes -> {
            heapBeforeMegabytes = megabytes;
            pulses().start();
        });
    }

    private AnimationTimer pulses() {
        FilterViewModel filters = model.filters();
        PlaybackViewModel playback = model.playback();
        List<EntityType> types = filters.entityTypes().stream().map(t -> t.type()).toList();
        int first = filters.spanFirstYearProperty().get();
        int last = filters.spanLastYearProperty().get();
        int room = Math.max(1, last - first - WINDOW_YEARS);
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastPulse != 0) {
                    longestGap = Math.max(longestGap, now - lastPulse);
                }
                lastPulse = now;
                if (action < moves) {
                    // A triangle wave: the window slides to the span's end and back.
                    int offset = action % (2 * room);
                    int from = first + (offset < room ? offset : 2 * room - offset);
                    filters.setWindow(from, from + WINDOW_YEARS);
                    if (action % TYPE_TOGGLE_EVERY == 0 && !types.isEmpty()) {
                        EntityType type = types.get((action / TYPE_TOGGLE_EVERY) % types.size());
                        filters.entityType(type).ifPresent(t -> t.setShown(!t.isShown()));
                    }
                } else if (action == moves) {
                    filters.showAll();
                    filters.entityTypes().forEach(t -> t.setShown(true));
                    filters.setWindow(first, first + WINDOW_YEARS);
                } else if (action <= moves + steps) {
                    playback.step();
                    if (filters.window().lastYear() >= last) {
                        filters.setWindow(first, first + WINDOW_YEARS);
                    }
                } else {
                    stop();
                    finish();
                }
                action++;
            }
        };
    }

    private void finish() {
        playback().pause();
        report.accept("soak_ui_max_block_ms=" + longestGap / 1_000_000.0);
        afterCollection(megabytes -> {
            report.accept("soak_filter_heap_growth_mb=" + (megabytes - heapBeforeMegabytes));
            done.run();
        });
    }

    private PlaybackViewModel playback() {
        return model.playback();
    }

    /** The heap in use after collections, measured off the JavaFX thread so the collection is no block of it. */
    private static void afterCollection(Consumer<Double> then) {
        Thread heap = new Thread(() -> {
            System.gc();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            double megabytes = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
            Platform.runLater(() -> then.accept(megabytes));
        }, "bench-soak-heap");
        heap.setDaemon(true);
        heap.start();
    }
}

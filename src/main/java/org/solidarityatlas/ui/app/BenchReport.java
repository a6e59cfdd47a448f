package org.solidarityatlas.ui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;

/**
 * For the benchmark only: with {@code -Datlas.bench.report=FILE} the explorer appends {@code name=value} lines —
 * {@code window_shown} and {@code dataset_ready} (epoch milliseconds), {@code ui_max_block_ms} (the longest gap
 * between JavaFX pulses from the window shown until {@link #SETTLE_MILLIS} after ready) and {@code heap_used_mb}
 * (after a collection) — then quits, so the benchmark can start it again; {@code store_ready} when the database
 * is open, and with {@code atlas.bench.soak} a {@link SoakRun} before quitting. Without the property it does
 * nothing.
 */
final class BenchReport {

    /** How long after ready the pulses are still watched: the first frames of a big network come then. */
    static final long SETTLE_MILLIS = 5_000;

    private final Path file;
    private final ExplorerViewModel model;
    private long lastPulse;
    private long longestGap;
    /** When the longest gap ended (epoch milliseconds): where to look in a profile. */
    private long longestGapEnded;
    private long readyAt;

    private BenchReport(Path file, ExplorerViewModel model) {
        this.file = file;
        this.model = model;
    }

    /** Called once the window's first frame is drawn (on the JavaFX thread): watches when the property asks. */
    static void watch(ExplorerViewModel model) {
        String target = System.getProperty("atlas.bench.report");
        if (target != null && !target.isBlank()) {
            new BenchReport(Path.of(target), model).start();
        }
    }

    private void start() {
        // The first frame is laid out and handed to the render thread, which may take hundreds of milliseconds
        // more to draw it; a snapshot is drawn by that same thread after it, so it returns once the window's
        // pixels are there. Only the benchmark waits for this.
        new javafx.scene.shape.Rectangle(1, 1).snapshot(null, null);
        append("window_shown=" + System.currentTimeMillis());
        // A timer keeps pulses coming every frame, so a gap between two is time the JavaFX thread was held.
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastPulse != 0 && now - lastPulse > longestGap) {
                    longestGap = now - lastPulse;
                    longestGapEnded = System.currentTimeMillis();
                }
                lastPulse = now;
                // Quits only once the store is open too: the next start reads the snapshot that the opening writes.
                if (readyAt != 0 && System.currentTimeMillis() - readyAt >= SETTLE_MILLIS
                        && model.storeReadyProperty().get()) {
                    stop();
                    append("ui_max_block_ms=" + longestGap / 1_000_000.0);
                    append("ui_max_block_ended=" + longestGapEnded);
                    SoakRun soak = SoakRun.fromProperty(model, BenchReport.this::append, BenchReport.this::finish);
                    if (soak != null) {
                        soak.start();
                    } else {
                        finish();
                    }
                }
            }
        };
        pulses.start();
        InvalidationListener whenReady = new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable ignored) {
                if (readyAt == 0 && model.graph().isPresent() && !model.busyProperty().get()) {
                    readyAt = System.currentTimeMillis();
                    append("dataset_ready=" + readyAt);
                    model.graphProperty().removeListener(this);
                    model.busyProperty().removeListener(this);
                }
            }
        };
        // The network may show before the store is open (from the file or the snapshot); this says when it is.
        model.storeReadyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                append("store_ready=" + System.currentTimeMillis());
            }
        });
        model.graphProperty().addListener(whenReady);
        model.busyProperty().addListener(whenReady);
        whenReady.invalidated(null);
    }

    private void finish() {
        // Off the JavaFX thread, so that this collection does not count as a block of the window.
        Thread heap = new Thread(() -> {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            append("heap_used_mb=" + (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0));
            Platform.runLater(Platform::exit);
        }, "bench-report");
        heap.setDaemon(true);
        heap.start();
    }

    /** Rewrites the whole (short) report with the line added, atomically, so a reader never sees half a line. */
    private synchronized void append(String line) {
        try {
            byte[] before = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            AtomicFile.write(file, out -> {
                out.write(before);
                out.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            });
        } catch (IOException e) {
            System.err.println("cannot write the bench report " + file + ": " + e.getMessage());
        }
    }
}

package org.solidarityatlas.ui.slides;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.ui.network.LayoutEngine;

/**
 * Slides and the timeline GIF from outside the window (the command line): starts JavaFX if it is not running,
 * exports, and waits. Drawing needs a display, real or virtual (Xvfb).
 */
public final class ExportRun {

    /** How long an export may take, its layout included, before it is given up: generous for large datasets. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private ExportRun() {
    }

    /** Writes what is asked and returns one line per file group written. */
    public static List<String> run(Dataset dataset, Optional<Story> story, Optional<Path> slidesFolder,
            Optional<Path> gif, int gifWindowYears) throws IOException {
        return run(dataset, story, slidesFolder, gif, gifWindowYears, LayoutEngine.FORCE, TIMEOUT);
    }

    /**
     * As {@link #run(Dataset, Optional, Optional, Optional, int)}, the network laid out by {@code engine}, giving up
     * after {@code timeout}: a layout that fails or never settles ends the export with an {@link IOException}.
     */
    static List<String> run(Dataset dataset, Optional<Story> story, Optional<Path> slidesFolder,
            Optional<Path> gif, int gifWindowYears, LayoutEngine engine, Duration timeout) throws IOException {
        startJavaFx();
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        AtomicBoolean settled = new AtomicBoolean();
        AtomicReference<StoryExport> running = new AtomicReference<>();
        Platform.runLater(() -> {
            StoryExport export = new StoryExport(dataset, engine);
            running.set(export);
            export.whenReady(() -> {
                settled.set(true);
                try {
                    List<String> lines = new ArrayList<>();
                    if (slidesFolder.isPresent() && story.isPresent()) {
                        int n = export.writeSlides(story.get(), slidesFolder.get()).size();
                        lines.add(n + " slides of '" + story.get().title() + "' written to " + slidesFolder.get());
                    }
                    if (gif.isPresent()) {
                        int frames = export.writeTimelineGif(gif.get(), gifWindowYears);
                        lines.add(frames + " timeline frames written to " + gif.get());
                    }
                    done.complete(lines);
                } catch (IOException | RuntimeException e) {
                    done.completeExceptionally(e);
                } finally {
                    export.dispose();
                }
            }, error -> {
                export.dispose();
                done.completeExceptionally(new IOException("the network could not be laid out: " + error, error));
            });
        });
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while exporting");
        } catch (TimeoutException e) {
            Platform.runLater(() -> {
                if (running.get() != null) {
                    running.get().dispose();
                }
            });
            throw new IOException("the export did not finish within " + inWords(timeout)
                    + (settled.get() ? "" : ": the network's layout had not settled"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static String inWords(Duration duration) {
        return duration.toSeconds() >= 60 && duration.toSecondsPart() == 0 ? duration.toMinutes() + " minutes"
                : duration.toMillis() / 1000.0 + " s";
    }

    private static void startJavaFx() throws IOException {
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Started before (tests, or a second export in the same run): nothing to do.
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IOException("drawing slides needs a display (set DISPLAY, or run under Xvfb): "
                    + e.getMessage());
        }
    }

    /** Stops JavaFX once the command line is done with it. */
    public static void finish() {
        Platform.exit();
    }
}

package org.solidarityatlas.ui.slides;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Story;

/**
 * Slides and the timeline GIF from outside the window (the command line): starts JavaFX if it is not running,
 * exports, and waits. Drawing needs a display, real or virtual (Xvfb).
 */
public final class ExportRun {

    private ExportRun() {
    }

    /** Writes what is asked and returns one line per file group written. */
    public static List<String> run(Dataset dataset, Optional<Story> story, Optional<Path> slidesFolder,
            Optional<Path> gif, int gifWindowYears) throws IOException {
        startJavaFx();
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            StoryExport export = new StoryExport(dataset);
            export.whenReady(() -> {
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
            });
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while exporting");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
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

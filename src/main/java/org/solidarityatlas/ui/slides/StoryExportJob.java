package org.solidarityatlas.ui.slides;
import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.ui.text.Translated;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.solidarityatlas.export.HandoutWriter;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.ui.pictures.PngFile;
import org.solidarityatlas.ui.presentation.PresentationViewModel;
import org.solidarityatlas.ui.tasks.TaskExecutor;
import org.solidarityatlas.ui.tasks.TaskHandle;

/**
 * Slides and the timeline GIF written from the window, one picture at a time: each is drawn on the JavaFX thread
 * (a scene can only be drawn there) and encoded and written on the background executor, so the window keeps
 * answering between pictures, shows progress, and can cancel. A cancelled or failed export removes what it had
 * written, so it leaves no partial set of slides and no partial GIF (which is written once, atomically, at the
 * end). Start it on the JavaFX thread; {@code done} and {@code failed} get a one-line message there.
 */
public final class StoryExportJob {

    private final TaskExecutor executor;
    private final TaskHandle handle = new TaskHandle();
    private final DoubleConsumer progress;
    private final Consumer<String> done;
    private final Consumer<String> failed;
    private final List<Path> written = new ArrayList<>();
    private StoryExport export;
    /** True while a picture is being written in the background; a cancel then cleans up once it is back. */
    private boolean writing;

    private StoryExportJob(TaskExecutor executor, DoubleConsumer progress, Consumer<String> done,
            Consumer<String> failed) {
        this.executor = executor;
        this.progress = progress;
        this.done = done;
        this.failed = failed;
        handle.whenCancelled(() -> {
            if (!writing) {
                cleanUp();
            }
        });
    }

    /** Writes step-01.png, step-02.png, … of the story into {@code folder} (created when missing). */
    public static TaskHandle slides(LoadedGraph graph, Story story, Path folder, TaskExecutor executor,
            DoubleConsumer progress, Consumer<String> done, Consumer<String> failed) {
        StoryExportJob job = new StoryExportJob(executor, progress, done, failed);
        job.export = new StoryExport(graph);
        job.export.whenReady(() -> job.startSlides(story, folder));
        return job.handle;
    }

    /**
     * Writes the timeline playback as an animated GIF, one frame per year of the story's years (the dataset's span
     * without a story), each {@code windowYears} wide.
     */
    public static TaskHandle timelineGif(LoadedGraph graph, Path file, int windowYears, Optional<Story> story,
            TaskExecutor executor, DoubleConsumer progress, Consumer<String> done, Consumer<String> failed) {
        StoryExport.requireWindow(windowYears);
        StoryExportJob job = new StoryExportJob(executor, progress, done, failed);
        job.export = new StoryExport(graph);
        job.export.whenReady(() -> job.startGif(file, windowYears, story));
        return job.handle;
    }

    /** Writes the story's handout: one PDF page per step with its slide, text, notes and sources. */
    public static TaskHandle handout(LoadedGraph graph, Story story, Path file, TaskExecutor executor,
            DoubleConsumer progress, Consumer<String> done, Consumer<String> failed) {
        StoryExportJob job = new StoryExportJob(executor, progress, done, failed);
        job.export = new StoryExport(graph);
        job.export.whenReady(() -> job.startHandout(story, file));
        return job.handle;
    }

    private void startHandout(Story story, Path file) {
        if (handle.isCancelled()) {
            return;
        }
        HandoutWriter writer;
        try {
            writer = new HandoutWriter(Translated.title(story), StoryExport.handoutWords());

        } catch (IOException e) {
            fail(e);
            return;
        }
        handle.whenCancelled(() -> closeQuietly(writer));
        PresentationViewModel steps = new PresentationViewModel();
        steps.present(export.graph(), story);
        nextPage(steps, story, writer, file);
    }

    private void nextPage(PresentationViewModel steps, Story story, HandoutWriter writer, Path file) {
        int number = steps.stepIndexProperty().get() + 1;
        PresentationViewModel.Shown shown = steps.shown();
        String words = steps.progressInWords();
        WritableImage image;
        try {
            image = export.slide(shown, words);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            fail(e);
            return;
        }
        inBackground(() -> {
            writer.add(export.handoutPage(story, shown, words, SwingFXUtils.fromFXImage(image, null)));
            return number;
        }, added -> {
            progress.accept((double) number / (story.steps().size() + 1));
            if (steps.next()) {
                nextPage(steps, story, writer, file);
                return;
            }
            inBackground(() -> {
                try (writer) {
                    writer.save(file);
                }
                return file;
            }, path -> {
                written.add(path);
                succeed(Texts.get("export.handoutDone", story.steps().size(), file.toString()));
            });
        });
    }

    private static void closeQuietly(HandoutWriter writer) {
        try {
            writer.close();
        } catch (IOException e) {
            // Nothing was saved from it; closing only frees its memory.
        }
    }

    private void startSlides(Story story, Path folder) {
        if (handle.isCancelled()) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            fail(e);
            return;
        }
        PresentationViewModel steps = new PresentationViewModel();
        steps.present(export.graph(), story);
        nextSlide(steps, story, folder);
    }

    private void nextSlide(PresentationViewModel steps, Story story, Path folder) {
        int number = steps.stepIndexProperty().get() + 1;
        Path file = StoryExport.slideFile(folder, number, story.steps().size());
        WritableImage image;
        try {
            image = export.slide(steps.shown(), steps.progressInWords());
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        inBackground(() -> {
            PngFile.write(image, file);
            return file;
        }, path -> {
            written.add(path);
            progress.accept((double) number / story.steps().size());
            if (steps.next()) {
                nextSlide(steps, story, folder);
            } else {
                succeed(Texts.get("export.slidesDone", story.steps().size(), folder.toString()));
            }
        });
    }

    private void startGif(Path file, int windowYears, Optional<Story> story) {
        if (handle.isCancelled()) {
            return;
        }
        List<Integer> years = export.timelineYears(story);
        if (years.isEmpty()) {
            fail(new IOException(Texts.get("export.noTimeline")));
            return;
        }
        nextFrame(years, 0, windowYears, null, new ArrayList<>(), file);
    }

    private void nextFrame(List<Integer> years, int index, int windowYears, VisibleItems before,
            List<BufferedImage> frames, Path file) {
        StoryExport.TimelineFrame frame;
        try {
            frame = export.timelineFrame(years.get(index), windowYears, years.get(0), before);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        inBackground(() -> SwingFXUtils.fromFXImage(frame.image(), null), picture -> {
            frames.add(picture);
            progress.accept((double) (index + 1) / (years.size() + 1));
            if (index + 1 < years.size()) {
                nextFrame(years, index + 1, windowYears, frame.visible(), frames, file);
                return;
            }
            inBackground(() -> {
                StoryExport.writeGif(frames, file);
                return file;
            }, path -> {
                written.add(path);
                succeed(Texts.get("export.gifDone", frames.size(), file.toString()));
            });
        });
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** Runs the work on the executor, then {@code next} on the JavaFX thread unless cancelled meanwhile. */
    private <T> void inBackground(Work<T> work, Consumer<T> next) {
        writing = true;
        executor.submit(work::run, result -> {
            writing = false;
            if (handle.isCancelled()) {
                if (result instanceof Path path) {
                    written.add(path);
                }
                cleanUp();
            } else {
                next.accept(result);
            }
        }, e -> {
            writing = false;
            fail(e);
        });
    }

    private void succeed(String message) {
        export.dispose();
        handle.succeed(() -> done.accept(message));
    }

    private void fail(Exception e) {
        cleanUp();
        handle.fail(() -> failed.accept(Texts.get("export.failed",
                e.getMessage() == null ? e.toString() : e.getMessage())));

    }

    /** Removes every file this export wrote and frees the off-screen network. */
    private void cleanUp() {
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Best effort: the file stays, and the message already says the export did not finish.
            }
        }
        written.clear();
        if (export != null) {
            export.dispose();
        }
    }
}

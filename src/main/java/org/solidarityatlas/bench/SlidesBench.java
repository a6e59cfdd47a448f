package org.solidarityatlas.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.ui.slides.StoryExport;

/** {@code slides_story_s}: a story's slides, timeline GIF and handout written from a cold start, as a trainer would. */
final class SlidesBench {

    static final int STEPS = 10;

    private SlidesBench() {
    }

    /**
     * Ten steps across the dataset's span, each a consecutive slice of its years, focused on one of its most
     * connected entities and its neighbours.
     */
    static Story story(Dataset dataset) {
        TimeWindow span = new LoadedGraph(dataset).span().orElseThrow(() -> new IllegalArgumentException("no dates"));
        List<Entity> hubs = UiBench.mostConnected(dataset, STEPS).entities();
        int years = span.lastYear() - span.firstYear() + 1;
        List<StoryStep> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            int from = span.firstYear() + i * years / STEPS;
            int to = Math.max(from, span.firstYear() + (i + 1) * years / STEPS - 1);
            steps.add(new StoryStep("Step " + (i + 1), "What happened between " + from + " and " + to + ".",
                    "Notes for step " + (i + 1) + ".", year(from), year(to),
                    List.of(hubs.get(i % hubs.size()).id()), Optional.empty(), Optional.empty(), Optional.of(1)));
        }
        return new Story("bench", "Benchmark story", null, steps);
    }

    private static PartialDate year(int year) {
        return PartialDate.parse(Integer.toString(year)).orElseThrow();
    }

    /** Seconds from a new export (its network laid out) to the slides, the story's GIF and the handout written. */
    static double exportSeconds(Dataset dataset, Story story, Path folder, java.io.PrintWriter progress)
            throws Exception {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            StoryExport export = new StoryExport(dataset);
            export.whenReady(() -> {
                try {
                    long laidOut = System.nanoTime();
                    export.writeStory(story, Optional.of(folder.resolve("slides")),
                            Optional.of(folder.resolve("handout.pdf")));
                    long slides = System.nanoTime();
                    int frames = export.writeTimelineGif(folder.resolve("story.gif"), 3, Optional.of(story));
                    long gif = System.nanoTime();
                    // Where the time goes, for the README's account of this figure.
                    progress.printf(java.util.Locale.ROOT,
                            "  layout %.1f s, slides and handout %.1f s, GIF of %d frames %.1f s%n",
                            (laidOut - started) / 1e9, (slides - laidOut) / 1e9, frames, (gif - slides) / 1e9);
                    progress.flush();
                    done.complete(null);
                } catch (Exception e) {
                    done.completeExceptionally(e);
                } finally {
                    export.dispose();
                }
            });
        });
        done.get(UiBench.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        // The work done, all threads together (JIT and garbage collection included): on a loaded machine the wall
        // time says more about the neighbours than about the export.
        progress.printf(java.util.Locale.ROOT, "  process CPU %.1f s in %.1f s%n",
                (processCpuNanos() - cpuStarted) / 1e9, seconds);
        progress.flush();
        return seconds;
    }

    /** CPU time of the whole process so far, or 0 where the runtime does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}

package org.solidarityatlas.ui.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoryFixtures;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.solidarityatlas.ui.tasks.TaskHandle;
import org.testfx.framework.junit5.ApplicationExtension;

/** Exports from the window: a picture at a time, with progress; a cancelled or failed one leaves no files. */
@ExtendWith(ApplicationExtension.class)
class StoryExportJobTest {

    @TempDir
    Path out;

    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final List<Double> progress = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> result = new CompletableFuture<>();

    private TaskHandle slidesOfRiverTowns(Path folder) {
        Dataset river = StoryFixtures.riverTowns();
        return Fx.call(() -> StoryExportJob.slides(new LoadedGraph(river), river.stories().get(0), folder, executor,
                progress::add, result::complete, failure -> result.complete("FAILED " + failure)));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void slidesAreWrittenOneAtATimeWithProgress() throws Exception {
        Path folder = out.resolve("slides");

        TaskHandle handle = slidesOfRiverTowns(folder);
        String message = result.get(3, TimeUnit.MINUTES);

        // The river-towns story has three steps.
        assertEquals("3 slides written to " + folder, message);
        assertEquals(List.of("step-01.png", "step-02.png", "step-03.png"),
                filesIn(folder).stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(1 / 3.0, 2 / 3.0, 1.0), progress);
        assertEquals(TaskHandle.Outcome.SUCCEEDED, handle.completion().toCompletableFuture().get(1, TimeUnit.MINUTES));
    }

    @Test
    void cancelledSlidesLeaveNoFileBehind() throws Exception {
        Path folder = out.resolve("slides");

        TaskHandle handle = slidesOfRiverTowns(folder);
        Fx.waitUntil(() -> !progress.isEmpty());
        Fx.run(handle::cancel);

        assertEquals(TaskHandle.Outcome.CANCELLED, handle.completion().toCompletableFuture().get(1, TimeUnit.MINUTES));
        // The picture being written when the cancel came is removed once it is back.
        Fx.waitUntil(() -> {
            try {
                return filesIn(folder).isEmpty();
            } catch (IOException e) {
                return false;
            }
        });
        assertFalse(result.isDone(), "a cancelled export reports nothing");
    }

    @Test
    void gifOfAnUndatedDatasetFailsInOneLineAndWritesNothing() throws Exception {
        Dataset undated = new Datasets().entity("ue", EntityType.UNION, "UE", null, null).build();
        Path gif = out.resolve("timeline.gif");

        TaskHandle handle = Fx.call(() -> StoryExportJob.timelineGif(new LoadedGraph(undated), gif, 3, Optional.empty(), executor,
                progress::add, result::complete, failure -> result.complete("FAILED " + failure)));

        assertEquals("FAILED Export failed: the dataset has no dates, so there is no timeline to play",
                result.get(1, TimeUnit.MINUTES));
        assertEquals(TaskHandle.Outcome.FAILED, handle.completion().toCompletableFuture().get(1, TimeUnit.MINUTES));
        assertFalse(Files.exists(gif));
    }

    @Test
    void gifIsWrittenOnceAllFramesAreDrawn() throws Exception {
        // Written dates from 1990 to 1992: three frames.
        Dataset threeYears = new Datasets()
                .entity("ue", EntityType.UNION, "UE", "1990", null)
                .entity("fat", EntityType.UNION, "FAT", "1992", null)
                .relationship("r1", "partner_of", "ue", "fat", "1992", null)
                .build();
        Path gif = out.resolve("timeline.gif");

        Fx.call(() -> StoryExportJob.timelineGif(new LoadedGraph(threeYears), gif, 2, Optional.empty(), executor,
                progress::add,
                result::complete, failure -> result.complete("FAILED " + failure)));

        assertEquals("3 frames written to " + gif, result.get(2, TimeUnit.MINUTES));
        assertTrue(Files.size(gif) > 0);
        assertEquals(List.of(1 / 4.0, 2 / 4.0, 3 / 4.0), progress);
    }

    @Test
    void cancelledGifLeavesNoFileBehind() throws Exception {
        // Dated from 1960 to 1999: forty frames, so the cancel comes while frames are still being drawn.
        Dataset fortyYears = new Datasets()
                .entity("ue", EntityType.UNION, "UE", "1960", null)
                .entity("fat", EntityType.UNION, "FAT", "1975", null)
                .relationship("r1", "partner_of", "ue", "fat", "1980", "1999")
                .build();
        Path gif = out.resolve("timeline.gif");

        TaskHandle handle = Fx.call(() -> StoryExportJob.timelineGif(new LoadedGraph(fortyYears), gif, 3,
                Optional.empty(), executor, progress::add, result::complete,
                failure -> result.complete("FAILED " + failure)));
        Fx.waitUntil(() -> !progress.isEmpty());
        Fx.run(handle::cancel);

        assertEquals(TaskHandle.Outcome.CANCELLED, handle.completion().toCompletableFuture().get(1, TimeUnit.MINUTES));
        // The encoder drops the file it was writing, its temporary file included.
        Fx.waitUntil(() -> {
            try {
                return filesIn(out).isEmpty();
            } catch (IOException e) {
                return false;
            }
        });
        assertFalse(result.isDone(), "a cancelled export reports nothing");
    }
}

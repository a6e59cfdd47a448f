package org.solidarityatlas.ui.slides;

import java.nio.file.Path;
import java.util.Optional;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.ui.stories.StoryExports;
import org.solidarityatlas.ui.tasks.TaskExecutor;
import org.solidarityatlas.ui.tasks.TaskHandle;

/** The stories panel's exports as {@link StoryExportJob}s: drawn a picture at a time, written in the background. */
public final class BackgroundStoryExports implements StoryExports {

    private final TaskExecutor executor;

    public BackgroundStoryExports(TaskExecutor executor) {
        this.executor = executor;
    }

    @Override
    public TaskHandle slides(LoadedGraph graph, Story story, Path folder, Report report) {
        return StoryExportJob.slides(graph, story, folder, executor, report::progress, report::done,
                report::failed);
    }

    @Override
    public TaskHandle timelineGif(LoadedGraph graph, Path file, int windowYears, Optional<Story> story,
            Report report) {
        return StoryExportJob.timelineGif(graph, file, windowYears, story, executor, report::progress,
                report::done, report::failed);
    }

    @Override
    public TaskHandle handout(LoadedGraph graph, Story story, Path file, Report report) {
        return StoryExportJob.handout(graph, story, file, executor, report::progress, report::done, report::failed);
    }
}

package org.solidarityatlas.ui.stories;

import java.nio.file.Path;
import java.util.Optional;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.ui.tasks.TaskHandle;

/**
 * Writing a story as slides, a handout and the timeline as a GIF, long work the stories panel starts and can cancel. The
 * implementation draws with JavaFX scenes ({@code ui.slides}); the composition root hands it in.
 */
public interface StoryExports {

    /** Where an export reports: how far it is (0 to 1), then one line when it is done or has failed. */
    interface Report {
        void progress(double fraction);

        void done(String message);

        void failed(String message);
    }

    TaskHandle slides(LoadedGraph graph, Story story, Path folder, Report report);

    /** The timeline over the story's years (the dataset's span when no story is given). */
    TaskHandle timelineGif(LoadedGraph graph, Path file, int windowYears, Optional<Story> story, Report report);

    /** The story's handout: one PDF page per step with its slide, text, notes and sources. */
    TaskHandle handout(LoadedGraph graph, Story story, Path file, Report report);
}

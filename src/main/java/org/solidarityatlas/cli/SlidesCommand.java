package org.solidarityatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.ui.slides.ExportRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code atlas slides}: a story as 1920×1080 PNG slides, and optionally the timeline as an animated GIF and a PDF
 * handout.
 */
@Command(name = "slides", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Writes a story of the stored dataset as PNG slides, one per step, laid out as presentation mode.",
            "With --gif, also writes the timeline playback over the story's years as an animated GIF, one frame per "
                    + "year; with --pdf, a handout. Drawing needs a display (or Xvfb). A data directory with no "
                    + "dataset yet gets the bundled one first."})
final class SlidesCommand extends ReportingCommand {

    @Option(names = "--story", paramLabel = "ID", description = "Story to export. Default: the first one.")
    String storyId;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the slides.")
    Path folder;

    @Option(names = "--gif", paramLabel = "FILE", description = "Also write the timeline playback to this GIF.")
    Path gif;

    @Option(names = "--gif-window", paramLabel = "YEARS", defaultValue = "3",
            description = "Years shown in each GIF frame. Default: ${DEFAULT-VALUE}.")
    int gifWindow;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also write a handout: one PDF page per step with the slide, text, notes and sources.")
    Path pdf;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LanguageOption language;

    @Override
    int run() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CommandFailure("cannot write slides into " + folder + ": it is not a directory");
        }
        if (gifWindow < 1) {
            throw new CommandFailure("--gif-window must be at least 1 year");
        }
        language.apply();

        Dataset dataset;
        try (GraphStore store = StoredDataset.open(storeOptions, err())) {
            dataset = store.dataset().orElseThrow(() -> new CommandFailure("the store returned no dataset"));
        }
        Story story = chosen(dataset);
        try {
            List<String> done = ExportRun.run(dataset, Optional.of(story), Optional.of(folder),
                    Optional.ofNullable(gif), gifWindow, Optional.ofNullable(pdf));
            done.forEach(out()::println);
        } finally {
            ExportRun.finish();
        }
        return OK;
    }

    private Story chosen(Dataset dataset) {
        List<Story> stories = dataset.stories();
        if (stories.isEmpty()) {
            throw new CommandFailure("the stored dataset has no stories");
        }
        if (storyId == null) {
            return stories.get(0);
        }
        return stories.stream().filter(s -> s.id().equals(storyId)).findFirst()
                .orElseThrow(() -> new CommandFailure("no story '" + storyId + "'; the dataset has: "
                        + stories.stream().map(Story::id).collect(Collectors.joining(", "))));
    }
}

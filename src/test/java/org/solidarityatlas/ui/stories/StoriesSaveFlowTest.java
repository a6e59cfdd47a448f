package org.solidarityatlas.ui.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.StoryFixtures;

/** Save in the stories panel, as the user meets it: where it asks, what it says, what it leaves on disk. */
class StoriesSaveFlowTest {

    @TempDir
    Path dir;

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private StoriesViewModel stories(Optional<Path> file) {
        return new StoriesViewModel(new StoryDocument(StoryFixtures.riverTowns(), file), executor, dialogs);
    }

    private Path copyOfRiverTowns() throws IOException {
        return Files.copy(StoryFixtures.path("river-towns.json"), dir.resolve("river.json"));
    }

    private static List<String> stepTitles(Path file) {
        return new DatasetReader().read(file).dataset().orElseThrow().stories().get(0).steps().stream()
                .map(StoryStep::title).toList();
    }

    @Test
    void saveWritesInTheBackgroundThenSaysSoAndMarksTheEditsSaved() throws IOException {
        Path file = copyOfRiverTowns();
        StoriesViewModel stories = stories(Optional.of(file));
        stories.selectedStepProperty().set(0);
        stories.deleteSelected();

        stories.save();
        assertTrue(stories.busyProperty().get());
        assertEquals("Saving to river.json…", stories.messageProperty().get());
        assertEquals(3, stepTitles(file).size(), "nothing written before the background work runs");
        executor.runAll();

        assertEquals(List.of("The alliance forms", "New members"), stepTitles(file));
        assertEquals("Saved to river.json.", stories.messageProperty().get());
        assertFalse(stories.busyProperty().get());
        assertFalse(stories.history().modifiedProperty().get());
        assertEquals(List.of(), dialogs.calls());
    }

    @Test
    void saveOfADatasetWithoutAFileAsksWhereAndRemembersIt() {
        Path chosen = dir.resolve("my-stories.json");
        dialogs.answerFileToSave(chosen);
        StoriesViewModel stories = stories(Optional.empty());

        stories.save();
        executor.runAll();

        assertEquals(List.of("Save dataset with its stories | stories.json"), dialogs.texts("chooseFileToSave"));
        assertEquals(3, stepTitles(chosen).size());
        assertEquals(Optional.of(chosen), stories.document().fileProperty().get());
    }

    @Test
    void saveCancelledInTheChooserWritesNothingAndSaysNothing() {
        StoriesViewModel stories = stories(Optional.empty());

        stories.save();

        assertEquals(0, executor.pending());
        assertEquals("", stories.messageProperty().get());
    }

    @Test
    void editsMadeWhileSavingStayUnsaved() throws IOException {
        Path file = copyOfRiverTowns();
        StoriesViewModel stories = stories(Optional.of(file));
        stories.selectedStepProperty().set(0);
        stories.deleteSelected();

        stories.save();
        stories.deleteSelected();
        executor.runAll();

        assertEquals(2, stepTitles(file).size());
        assertTrue(stories.history().modifiedProperty().get());
    }

    @Test
    void cancelledSaveLeavesTheFileAsItWas() throws IOException {
        Path file = copyOfRiverTowns();
        String before = Files.readString(file);
        StoriesViewModel stories = stories(Optional.of(file));
        stories.selectedStepProperty().set(0);
        stories.deleteSelected();

        stories.save();
        stories.cancel();
        executor.runAll();

        assertEquals(before, Files.readString(file));
        assertEquals("Cancelled.", stories.messageProperty().get());
        assertFalse(stories.busyProperty().get());
        assertTrue(stories.history().modifiedProperty().get());
    }

    @Test
    void failedSaveSaysWhyInOneLine() throws IOException {
        Path blocked = dir.resolve("not-a-file");
        Files.createDirectories(blocked.resolve("child"));
        StoriesViewModel stories = stories(Optional.of(blocked));

        stories.save();
        executor.runAll();

        String message = stories.messageProperty().get();
        assertTrue(message.startsWith("Could not save " + blocked), message);
        assertTrue(message.endsWith("the file on disk is unchanged."), message);
        assertFalse(message.contains("\n"));
        assertFalse(stories.busyProperty().get());
    }
}

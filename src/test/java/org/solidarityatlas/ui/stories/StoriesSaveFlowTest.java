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
import org.solidarityatlas.files.SmallFileSystem;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.StoryFixtures;
import org.solidarityatlas.ui.slides.BackgroundStoryExports;

/** Save in the stories panel, as the user meets it: where it asks, what it says, what it leaves on disk. */
class StoriesSaveFlowTest {

    @TempDir
    Path dir;

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private StoriesViewModel stories(Optional<Path> file) {
        return new StoriesViewModel(new StoryDocument(StoryFixtures.riverTowns(), file), executor, dialogs,
                new BackgroundStoryExports(executor));
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

    @Test
    void saveOnAFullDiskSaysSoInOneLineAndKeepsTheFileAndTheEdits() throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mountIn(dir)) {
            Path file = Files.copy(StoryFixtures.path("river-towns.json"), disk.root().resolve("river.json"));
            String original = Files.readString(file);
            StoriesViewModel stories = stories(Optional.of(file));
            stories.selectedStepProperty().set(0);
            stories.deleteSelected();
            Path filler = disk.fillUntilFree(0);

            stories.save();
            executor.runAll();

            assertEquals("Could not save " + file + " (the disk holding " + disk.root()
                    + " is full); the file on disk is unchanged.", stories.messageProperty().get());
            assertFalse(stories.busyProperty().get());
            assertTrue(stories.history().modifiedProperty().get(), "the edits are still unsaved");
            Files.delete(filler);
            assertEquals(original, Files.readString(file));
        }
    }

    @Test
    void closingWithUnsavedEditsAsksAndKeepsTheWindowWhenTheUserSaysNo() {
        StoriesViewModel stories = stories(Optional.empty());
        stories.selectedStepProperty().set(0);
        stories.deleteSelected();
        dialogs.answerConfirm(false);

        assertFalse(stories.mayClose());
        assertEquals(List.of("The stories have changes that are not saved | "
                + "Close anyway? The changes to the stories will be lost."), dialogs.texts("confirm"));
    }

    @Test
    void closingWithUnsavedEditsClosesWhenTheUserAgrees() {
        StoriesViewModel stories = stories(Optional.empty());
        stories.selectedStepProperty().set(0);
        stories.deleteSelected();
        dialogs.answerConfirm(true);

        assertTrue(stories.mayClose());
    }

    @Test
    void closingWithNothingUnsavedAsksNothing() throws IOException {
        StoriesViewModel stories = stories(Optional.of(copyOfRiverTowns()));
        stories.selectedStepProperty().set(0);
        stories.deleteSelected();
        stories.save();
        executor.runAll();

        assertTrue(stories.mayClose());
        assertEquals(List.of(), dialogs.texts("confirm"));
    }
}

package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.ui.dialogs.DialogService;
import org.solidarityatlas.ui.dialogs.DialogService.FileType;
import org.solidarityatlas.ui.tasks.LatestRequest;
import org.solidarityatlas.ui.tasks.TaskExecutor;
import org.solidarityatlas.ui.tasks.TaskHandle;

/**
 * The stories panel without its controls: the dataset's stories, the chosen one's steps, the chosen step, and
 * the edits a trainer makes to them, each undoable; saving them (off the JavaFX thread, asking where through the
 * {@link DialogService} when the dataset has no file), and the one message line the panel shows, whose only
 * writer is this view model. Long work (a save, an export) shows as busy and can be cancelled.
 */
public final class StoriesViewModel {

    /** Gives a new step made from what the explorer shows now, with the given title. */
    @FunctionalInterface
    public interface CurrentView {
        StoryStep capture(String title);
    }

    private final StoryDocument document;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StoryExports exports;
    private final EditHistory history = new EditHistory();
    private final StorySaver saver = new StorySaver();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    /** The save or export running now; a new one supersedes it. */
    private final LatestRequest work = new LatestRequest();
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final ObjectProperty<String> storyId = new SimpleObjectProperty<>();
    private final ObservableList<StoryStep> steps = FXCollections.observableArrayList();
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StoriesViewModel(StoryDocument document, TaskExecutor executor, DialogService dialogs,
            StoryExports exports) {
        this.document = document;
        this.executor = executor;
        this.dialogs = dialogs;
        this.exports = exports;
        document.datasetProperty().addListener((o, a, b) -> refresh());
        storyId.addListener((o, a, b) -> refresh());
        refresh();
        if (!stories.isEmpty()) {
            storyId.set(stories.get(0).id());
        }
    }

    private void refresh() {
        List<Story> now = document.dataset().stories();
        if (!stories.equals(now)) {
            stories.setAll(now);
        }
        List<StoryStep> current = story().map(Story::steps).orElse(List.of());
        if (!steps.equals(current)) {
            steps.setAll(current);
        }
        if (selectedStep.get() >= steps.size()) {
            selectedStep.set(steps.size() - 1);
        }
    }

    public Optional<Story> story() {
        return storyId.get() == null ? Optional.empty() : document.story(storyId.get());
    }

    /** Adds a step from the current view after the selected one (at the end when none is selected). */
    public void addStepFromView(CurrentView view, String title) {
        String id = storyId.get();
        if (id == null) {
            String newId = uniqueStoryId();
            history.run(new AddStory(document, new Story(newId, Texts.get("stories.newStory"), null, List.of())));
            storyId.set(newId);
            id = newId;
        }
        int at = selectedStep.get() < 0 ? steps.size() : selectedStep.get() + 1;
        history.run(new AddStep(document, id, at, view.capture(title)));
        selectedStep.set(at);
    }

    private String uniqueStoryId() {
        String id = "story";
        for (int n = 2; document.story(id).isPresent(); n++) {
            id = "story-" + n;
        }
        return id;
    }

    public void editSelected(String title, String text, String notes) {
        requireSelection();
        history.run(new EditStepText(document, storyId.get(), selectedStep.get(), title, text, notes));
    }

    /** Moves a step (a drag from {@code from} onto {@code to}); the moved step stays selected. */
    public void move(int from, int to) {
        if (from == to) {
            return;
        }
        history.run(new MoveStep(document, storyId.get(), from, to));
        selectedStep.set(to);
    }

    public void duplicateSelected() {
        requireSelection();
        history.run(new DuplicateStep(document, storyId.get(), selectedStep.get()));
        selectedStep.set(selectedStep.get() + 1);
    }

    public void deleteSelected() {
        requireSelection();
        int at = selectedStep.get();
        history.run(new DeleteStep(document, storyId.get(), at));
        selectedStep.set(Math.min(at, steps.size() - 1));
    }

    private void requireSelection() {
        if (storyId.get() == null || selectedStep.get() < 0) {
            throw new IllegalStateException("no step selected");
        }
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    /** Saves to the dataset's file, or asks where when it has none (the bundled or stored dataset). */
    public TaskHandle save() {
        Optional<Path> file = document.fileProperty().get().or(() -> dialogs.chooseFileToSave(
                Texts.get("stories.saveDialog"), "stories.json", List.of(new FileType(Texts.get("fileType.dataset"),
                        "json"))));
        return file.map(this::saveTo).orElseGet(() -> TaskHandle.ended(TaskHandle.Outcome.CANCELLED));
    }

    /**
     * Writes the dataset as it is now to {@code file} off the JavaFX thread (a temporary file renamed over it, so
     * a failed or cancelled save leaves the old file), then marks it saved; the message says how it went.
     */
    public TaskHandle saveTo(Path file) {
        Dataset snapshot = document.dataset();
        Edit position = history.position();
        return runWork(Texts.get("stories.saving", file.getFileName().toString()), () -> {
            saver.write(snapshot, file);
            return file;
        }, saved -> {
            document.fileProperty().set(Optional.of(file));
            history.markSavedAt(position);
            return Texts.get("stories.saved", file.getFileName().toString());
        }, e -> StorySaver.failure(file, e));
    }

    /**
     * Runs long work in the background as this panel's one piece of work: busy meanwhile, then the message that
     * {@code done} or {@code failed} gives. A newer piece of work, or {@link #cancel}, drops this one's answer.
     */
    public <T> TaskHandle runWork(String working, Callable<T> job, Function<? super T, String> done,
            Function<Exception, String> failed) {
        setMessage(working);
        busy.set(true);
        progress.set(-1);
        TaskHandle handle = work.start(() -> executor.submit(job, result -> {
            busy.set(false);
            setMessage(done.apply(result));
        }, e -> {
            busy.set(false);
            setMessage(failed.apply(e));
        }));
        handle.completion().thenAccept(outcome -> {
            if (outcome == TaskHandle.Outcome.CANCELLED) {
                busy.set(false);
            }
        });
        return handle;
    }

    /** Slides…: asks for a folder, then writes the chosen story's slides there, with progress and Cancel. */
    public TaskHandle chooseAndExportSlides(LoadedGraph graph) {
        Optional<Story> chosen = story().filter(s -> !s.steps().isEmpty());
        if (chosen.isEmpty()) {
            setMessage(Texts.get("stories.chooseFirst"));
            return TaskHandle.ended(TaskHandle.Outcome.CANCELLED);
        }
        return dialogs.chooseFolder(Texts.get("stories.slidesFolder"))
                .map(folder -> exportSlidesTo(graph, chosen.get(), folder))
                .orElseGet(() -> TaskHandle.ended(TaskHandle.Outcome.CANCELLED));
    }

    public TaskHandle exportSlidesTo(LoadedGraph graph, Story story, Path folder) {
        return runExport(Texts.get("stories.writingSlides"), report -> exports.slides(graph, story, folder, report));
    }

    /** GIF…: asks for a file, then writes the timeline playback there (3-year window), with progress and Cancel. */
    public TaskHandle chooseAndExportGif(LoadedGraph graph) {
        return dialogs.chooseFileToSave(Texts.get("stories.gifDialog"), "timeline.gif",
                List.of(new FileType(Texts.get("fileType.gif"), "gif")))
                .map(file -> exportGifTo(graph, file))
                .orElseGet(() -> TaskHandle.ended(TaskHandle.Outcome.CANCELLED));
    }

    /** The timeline over the chosen story's years (the dataset's span without a story). */
    public TaskHandle exportGifTo(LoadedGraph graph, Path file) {
        Optional<Story> chosen = story().filter(s -> !s.steps().isEmpty());
        return runExport(Texts.get("stories.writingGif"), report -> exports.timelineGif(graph, file, 3, chosen, report));
    }

    /** Handout…: asks for a PDF file, then writes the chosen story's handout there, with progress and Cancel. */
    public TaskHandle chooseAndExportHandout(LoadedGraph graph) {
        Optional<Story> chosen = story().filter(s -> !s.steps().isEmpty());
        if (chosen.isEmpty()) {
            setMessage(Texts.get("stories.chooseFirst"));
            return TaskHandle.ended(TaskHandle.Outcome.CANCELLED);
        }
        return dialogs.chooseFileToSave(Texts.get("stories.handoutDialog"), "handout.pdf",
                List.of(new FileType("PDF", "pdf")))
                .map(file -> exportHandoutTo(graph, chosen.get(), file))
                .orElseGet(() -> TaskHandle.ended(TaskHandle.Outcome.CANCELLED));
    }

    public TaskHandle exportHandoutTo(LoadedGraph graph, Story story, Path file) {
        return runExport(Texts.get("stories.writingHandout"), report -> exports.handout(graph, story, file, report));
    }

    /** Starts an export as this panel's one piece of work: busy with its progress, then its one-line result. */
    private TaskHandle runExport(String working, java.util.function.Function<StoryExports.Report, TaskHandle> start) {
        setMessage(working);
        busy.set(true);
        progress.set(0);
        StoryExports.Report report = new StoryExports.Report() {
            @Override
            public void progress(double fraction) {
                progress.set(fraction);
            }

            @Override
            public void done(String words) {
                busy.set(false);
                setMessage(words);
            }

            @Override
            public void failed(String words) {
                busy.set(false);
                setMessage(words);
            }
        };
        return work.start(() -> start.apply(report));
    }

    /**
     * Closing the window: true when nothing would be lost, or when the user agrees to drop the unsaved edits of
     * the stories. A save still running counts as unsaved.
     */
    public boolean mayClose() {
        if (!history.modifiedProperty().get() && !busy.get()) {
            return true;
        }
        return dialogs.confirm(Texts.get("stories.unsaved"), Texts.get("stories.closeAnyway"));
    }

    /** Cancel: the running save or export stops and its answer is dropped. */
    public void cancel() {
        if (busy.get()) {
            work.cancel();
            busy.set(false);
            setMessage(Texts.get("stories.cancelled"));

        }
    }

    /** The one writer of the panel's message line. */
    public void setMessage(String words) {
        message.set(words);
    }

    /** How far the running work is, 0 to 1, or negative when it cannot tell. */
    public void setProgress(double value) {
        progress.set(value);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public StoryDocument document() {
        return document;
    }

    public EditHistory history() {
        return history;
    }

    public ObservableList<Story> stories() {
        return stories;
    }

    public ObjectProperty<String> storyIdProperty() {
        return storyId;
    }

    public ObservableList<StoryStep> steps() {
        return steps;
    }

    public IntegerProperty selectedStepProperty() {
        return selectedStep;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

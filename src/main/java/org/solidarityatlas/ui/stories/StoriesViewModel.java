package org.solidarityatlas.ui.stories;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/**
 * The stories panel without its controls: the dataset's stories, the chosen one's steps, the chosen step, and
 * the edits a trainer makes to them, each undoable.
 */
public final class StoriesViewModel {

    /** Gives a new step made from what the explorer shows now, with the given title. */
    @FunctionalInterface
    public interface CurrentView {
        StoryStep capture(String title);
    }

    private final StoryDocument document;
    private final EditHistory history = new EditHistory();
    private final StorySaver saver = new StorySaver();
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final ObjectProperty<String> storyId = new SimpleObjectProperty<>();
    private final ObservableList<StoryStep> steps = FXCollections.observableArrayList();
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StoriesViewModel(StoryDocument document) {
        this.document = document;
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
            history.run(new AddStory(document, new Story(newId, "New story", null, List.of())));
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

    /** Saves to {@code file}; the message says what happened in one line. True when saved. */
    public boolean saveTo(Path file) {
        Optional<String> failure = saver.save(document, history, file);
        message.set(failure.orElse("Saved to " + file.getFileName() + "."));
        return failure.isEmpty();
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

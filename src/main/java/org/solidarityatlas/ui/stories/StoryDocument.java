package org.solidarityatlas.ui.stories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/**
 * The dataset whose stories are being edited, and the file it is saved to (empty for the bundled dataset until
 * it is saved somewhere). Edits replace whole stories: the records are immutable, so undo keeps old ones.
 */
public final class StoryDocument {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Optional<Path>> file = new SimpleObjectProperty<>(Optional.empty());

    public StoryDocument(Dataset dataset, Optional<Path> file) {
        this.dataset.set(dataset);
        this.file.set(file);
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<Path>> fileProperty() {
        return file;
    }

    public Optional<Story> story(String id) {
        return dataset().stories().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Story requireStory(String id) {
        return story(id).orElseThrow(() -> new IllegalArgumentException("no story " + id));
    }

    /** Puts the story in place of the one with the same id, or at the end when there is none. */
    void putStory(Story story) {
        List<Story> stories = new ArrayList<>(dataset().stories());
        int at = indexOf(story.id());
        if (at < 0) {
            stories.add(story);
        } else {
            stories.set(at, story);
        }
        setStories(stories);
    }

    void removeStory(String id) {
        List<Story> stories = new ArrayList<>(dataset().stories());
        stories.removeIf(s -> s.id().equals(id));
        setStories(stories);
    }

    void setSteps(String storyId, List<StoryStep> steps) {
        Story old = requireStory(storyId);
        putStory(old.withSteps(steps));
    }

    /**
     * Puts a whole edited dataset in place, for the edits of entities and relationships, which run on the same
     * history as the story edits (see {@code ui.editing}).
     */
    public void setDataset(Dataset edited) {
        dataset.set(java.util.Objects.requireNonNull(edited, "dataset"));
    }

    private int indexOf(String storyId) {
        List<Story> stories = dataset().stories();
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).id().equals(storyId)) {
                return i;
            }
        }
        return -1;
    }

    private void setStories(List<Story> stories) {
        Dataset d = dataset();
        dataset.set(d.withStories(stories));
    }
}

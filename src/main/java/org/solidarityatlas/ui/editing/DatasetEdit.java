package org.solidarityatlas.ui.editing;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphEdit;
import org.solidarityatlas.ui.stories.Edit;
import org.solidarityatlas.ui.stories.StoryDocument;

/**
 * One edit of the dataset's entities, relationships or sources, on the history the story edits use. The records
 * are immutable, so the edit keeps the dataset before and after (sharing every item it does not change) and puts
 * one or the other in the document; the store gets the matching small change, forwards or backwards. Undo runs
 * in the reverse order of the edits, so the document always holds exactly this edit's "after" when it is undone.
 */
public final class DatasetEdit implements Edit {

    private final Supplier<String> description;
    private final StoryDocument document;
    private final Consumer<GraphEdit> store;
    private final Dataset before;
    private final Dataset after;
    private final GraphEdit forward;
    private final GraphEdit backward;

    DatasetEdit(Supplier<String> description, StoryDocument document, Consumer<GraphEdit> store, Dataset after,
            GraphEdit forward, GraphEdit backward) {
        this.description = description;
        this.document = document;
        this.store = store;
        this.before = document.dataset();
        this.after = after;
        this.forward = forward;
        this.backward = backward;
    }

    @Override
    public void execute() {
        document.setDataset(after);
        store.accept(forward);
    }

    @Override
    public void undo() {
        document.setDataset(before);
        store.accept(backward);
    }

    @Override
    public String description() {
        return description.get();
    }

    public Dataset after() {
        return after;
    }

    GraphEdit forward() {
        return forward;
    }

    GraphEdit backward() {
        return backward;
    }
}

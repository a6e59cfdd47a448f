package org.solidarityatlas.ui.app;

import javafx.beans.value.ObservableValue;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.store.GraphEdit;
import org.solidarityatlas.ui.editing.EditedExplorer;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;

/** Editing's view of the explorer: its view model's showing, storing, new dataset and selection. */
final class ExplorerEditing implements EditedExplorer {

    private final ExplorerViewModel explorer;

    ExplorerEditing(ExplorerViewModel explorer) {
        this.explorer = explorer;
    }

    @Override
    public void showEdited(Dataset edited) {
        explorer.showEdited(edited);
    }

    @Override
    public void store(GraphEdit edit) {
        explorer.applyToStore(edit);
    }

    @Override
    public boolean showsPartOfItsDataset() {
        return explorer.graph().map(graph -> graph.isWindow()).orElse(false);
    }

    @Override
    public void startNew(String title) {
        explorer.newDataset(title);
    }

    @Override
    public ObservableValue<Entity> selectedEntity() {
        return explorer.selection().selectedEntityProperty();
    }

    @Override
    public ObservableValue<Relationship> selectedRelationship() {
        return explorer.selection().selectedRelationshipProperty();
    }

    @Override
    public void selectEntity(String id) {
        explorer.selection().selectEntity(id);
    }

    @Override
    public void selectRelationship(String id) {
        explorer.selection().selectRelationship(id);
    }
}

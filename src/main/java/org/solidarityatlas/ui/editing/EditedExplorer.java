package org.solidarityatlas.ui.editing;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.store.GraphEdit;

/**
 * What editing needs of the explorer it edits in: showing the edited dataset, storing each edit, starting a new
 * dataset, and the selection. The composition root connects it to the explorer's view model, so this package does
 * not depend on the explorer's.
 */
public interface EditedExplorer {

    /** Shows the dataset after an edit, keeping the network's places, the filters and the selection. */
    void showEdited(Dataset edited);

    /** Stores one edit in a small transaction, in the background, in the order made. */
    void store(GraphEdit edit);

    /** Replaces the shown dataset by an empty one with this title. */
    void startNew(String title);

    /**
     * Whether the dataset shown is only the part of a server's dataset that the filters draw: saving it to a file
     * would lose the rest, so it is refused (its edits are stored on the server as they are made).
     */
    default boolean showsPartOfItsDataset() {
        return false;
    }

    ObservableValue<Entity> selectedEntity();

    ObservableValue<Relationship> selectedRelationship();

    void selectEntity(String id);

    void selectRelationship(String id);

    default Optional<Entity> selectedEntityNow() {
        return Optional.ofNullable(selectedEntity().getValue());
    }

    default Optional<Relationship> selectedRelationshipNow() {
        return Optional.ofNullable(selectedRelationship().getValue());
    }
}

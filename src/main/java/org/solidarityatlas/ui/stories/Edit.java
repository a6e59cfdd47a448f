package org.solidarityatlas.ui.stories;

/**
 * One undoable change to the open dataset, run by {@link EditHistory}: a story edit or an edit of the dataset's
 * entities and relationships. Both go on one history, so undo and redo run across them in the order made.
 */
public interface Edit {

    void execute();

    void undo();

    /** Does the change again after an undo; the same as executing unless an edit needs otherwise. */
    default void redo() {
        execute();
    }

    /** For the Edit menu: "Undo move step". */
    String description();
}

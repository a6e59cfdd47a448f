package org.solidarityatlas.ui.stories;

/** One undoable change to a document's stories, run by {@link EditHistory}. */
public interface StoryEdit {

    void execute();

    void undo();

    /** Does the change again after an undo; the same as executing unless an edit needs otherwise. */
    default void redo() {
        execute();
    }

    /** For the Edit menu: "Undo move step". */
    String description();
}

package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs edits and keeps them for undo and redo. A new edit after an undo drops what could have been redone.
 * It also knows whether the document differs from what was last saved.
 */
public final class EditHistory {

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(false);
    /** The edit on top of {@code done} when last saved; null when saved with nothing done. */
    private Edit savedAt;

    public void run(Edit edit) {
        edit.execute();
        done.push(edit);
        undone.clear();
        update();
    }

    public boolean undo() {
        if (done.isEmpty()) {
            return false;
        }
        Edit edit = done.pop();
        edit.undo();
        undone.push(edit);
        update();
        return true;
    }

    public boolean redo() {
        if (undone.isEmpty()) {
            return false;
        }
        Edit edit = undone.pop();
        edit.redo();
        done.push(edit);
        update();
        return true;
    }

    /** "Undo move step", or "Undo" when there is nothing to undo. */
    public String undoText() {
        return done.isEmpty() ? Texts.get("stories.undo") : Texts.get("edit.undo", done.peek().description());
    }

    public String redoText() {
        return undone.isEmpty() ? Texts.get("stories.redo") : Texts.get("edit.redo", undone.peek().description());

    }

    /** The document now is the one saved. */
    public void markSaved() {
        markSavedAt(position());
    }

    /** Where the history stands now; a save that runs in the background marks this once it has written. */
    public Edit position() {
        return done.peek();
    }

    /** The document as it was at {@code position} is the one saved (later edits stay unsaved). */
    public void markSavedAt(Edit position) {
        savedAt = position;
        update();
    }

    /** Forgets everything, for a newly loaded document. */
    public void clear() {
        done.clear();
        undone.clear();
        savedAt = null;
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        modified.set(done.peek() != savedAt);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }
}

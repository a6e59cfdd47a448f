package org.solidarityatlas.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view model asks the user or tells them outside its own panel: choosing files and folders, errors,
 * confirmations and passing notifications. View models get one injected, so their Open, Export, Save and close
 * flows run in tests against a double that records the calls, without a window. Every method is called on the
 * JavaFX thread; the choosers and {@link #confirm} wait for the answer.
 */
public interface DialogService {

    /** A kind of file a chooser offers, e.g. "GraphML (*.graphml)" with extension {@code graphml} (no dot). */
    record FileType(String description, String extension) {
    }

    /** One line of a key table: the keys and what they do. */
    record KeyHelp(String keys, String meaning) {
    }

    /**
     * Asks for existing files of one of the types (several at once, as the CSV files of one dataset); empty when
     * the user cancels.
     */
    List<Path> chooseFilesToOpen(String title, List<FileType> types);

    /**
     * Asks where to save; the answer ends with the extension of the type the user picked (added when they did not
     * type it). Empty when the user cancels.
     */
    Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types);

    /** Asks for a folder; empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /** An error that needs the user's attention: a header line and the one-line reason. */
    void showError(String header, String message);

    /** A list of problems (a file that failed validation): a header line and one line per problem. */
    void showProblems(String title, String header, List<String> lines);

    /** A table of keys and what they do. */
    void showKeys(String title, List<KeyHelp> keys);

    /** A yes-or-no question; true when the user says yes. */
    boolean confirm(String header, String question);

    /** What to do with unsaved changes before they would be lost. */
    enum SaveChoice {
        SAVE, DONT_SAVE, CANCEL
    }

    /** Unsaved changes are about to be lost: Save, Don't save or Cancel (closing the question cancels). */
    SaveChoice askToSave(String header, String question);

    /** Asks for one line of text, offering {@code initial}; empty when the user cancels. */
    Optional<String> askText(String title, String question, String initial);

    /** A passing notice that something finished. */
    void notifyDone(String message);

    /** A passing notice that something failed; the message says what and why in one line. */
    void notifyError(String message);
}

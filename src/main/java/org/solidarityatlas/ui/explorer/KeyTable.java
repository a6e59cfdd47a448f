package org.solidarityatlas.ui.explorer;

import java.util.List;
import org.solidarityatlas.ui.dialogs.DialogService.KeyHelp;

/** The explorer's keys, as Help ▸ Keyboard shortcuts (F1) lists them. */
final class KeyTable {

    static final List<KeyHelp> KEYS = List.of(
            new KeyHelp("Ctrl+F", "Search names, aliases and descriptions"),
            new KeyHelp("Ctrl+O", "Open a dataset file (or drop a .json file on the window)"),
            new KeyHelp("Ctrl+E", "Export the view as PNG, or the dataset as JSON, GraphML or GEXF"),
            new KeyHelp("F", "Fit the network to the window"),
            new KeyHelp("Space", "Play or pause the time window"),
            new KeyHelp("Escape", "Clear the selection"),
            new KeyHelp("F11", "Full screen"),
            new KeyHelp("F7 / F8", "Fold away or bring back the filters / the details panel"),
            new KeyHelp("Left / Right", "On the timeline: move the time window by a year (Shift: resize it)"),
            new KeyHelp("F5", "Present the chosen story (then Right/Left, Page Down/Up, Space, Home/End; "
                    + "Escape leaves)"),
            new KeyHelp("Ctrl+Shift+N", "Add a story step from the current view"),
            new KeyHelp("Ctrl+S / Ctrl+Shift+S", "Save the dataset (with its stories) to its file / as another file"),
            new KeyHelp("Ctrl+N", "Start a new, empty dataset"),
            new KeyHelp("N", "Add an entity (then edit it in the details panel's Edit mode)"),
            new KeyHelp("Ctrl+K", "Connect the selected entity to another one"),
            new KeyHelp("Delete", "Delete the selected entity (with its relationships) or relationship"),
            new KeyHelp("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo the last edit of the dataset or its stories"),
            new KeyHelp("F1", "This list"),
            new KeyHelp("Mouse", "Wheel zooms, drag on empty space pans, drag a node to move it"),
            new KeyHelp("Ctrl-click a type", "Show only that type"));

    private KeyTable() {
    }
}

package org.solidarityatlas.ui.editing;

import org.solidarityatlas.ui.text.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.solidarityatlas.ui.stories.StoriesViewModel;

/**
 * What the explorer window docks for editing: the Edit mode of the details panel, the Edit menu, File's New,
 * Save and Save as, the toolbar's buttons, the plain keys N and Delete, and the window title's unsaved mark.
 * The window calls {@link #load} with each dataset it shows.
 */
public final class EditingTools {

    private final EditingViewModel model;
    /** Built when editing first starts: its forms and pickers are no part of the window's first frame. */
    private EditorPanel editor;
    private final ToggleButton editMode = new ToggleButton();
    /** What the editor shows: the selected entity, relationship and the dataset they are in. */
    private List<Object> shown;

    public EditingTools(EditingViewModel model) {
        this.model = model;
        editMode.setId("edit-toggle");
        editMode.textProperty().bind(Texts.binding("edit.mode"));
        editMode.setTooltip(Texts.tooltip("edit.mode.tip"));
        editMode.disableProperty().bind(model.loadedProperty().not());
        editMode.selectedProperty().addListener((o, a, on) -> refreshEditor());
        model.explorer().selectedEntity().addListener((o, a, b) -> refreshEditor());
        model.explorer().selectedRelationship().addListener((o, a, b) -> refreshEditor());
    }

    public EditingViewModel model() {
        return model;
    }

    /** A newly shown dataset with its stories' document and history (the one undo history). */
    public void load(StoriesViewModel stories) {
        model.load(stories);
        refreshEditor();
    }

    private void refreshEditor() {
        if (!editMode.isSelected() || !model.loadedProperty().get()) {
            shown = null;
            return;
        }
        // The same item of the same dataset selected again keeps what is being typed in its fields.
        List<Object> now = List.of(model.explorer().selectedEntityNow().map(e -> (Object) e).orElse(""),
                model.explorer().selectedRelationshipNow().map(r -> (Object) r).orElse(""), model.dataset());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        editor().show(model.explorer().selectedEntityNow(), model.explorer().selectedRelationshipNow());
    }

    private EditorPanel editor() {
        if (editor == null) {
            editor = new EditorPanel(model);
        }
        return editor;
    }

    /** The details panel with an Edit switch above it: on, the editor stands in its place. */
    public Node detailsWithEditor(Node details) {
        BorderPane pane = new BorderPane();
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, grow, editMode);
        bar.getStyleClass().add("editor-bar");
        pane.setTop(bar);
        pane.setCenter(details);
        editMode.selectedProperty().addListener((o, was, on) -> pane.setCenter(on ? editor().node() : details));
        return pane;
    }

    /** The window's title: "• " before it while there are unsaved changes. */
    public StringExpression windowTitle(ObservableStringValue datasetTitle) {
        return Bindings.concat(Bindings.when(model.modifiedProperty()).then("• ").otherwise(""), datasetTitle,
                " — Solidarity Atlas");
    }

    /** Shows the editor for the selection. */
    public void startEditing() {
        editMode.setSelected(true);
    }

    /** New dataset (Ctrl+N), Save (Ctrl+S), Save as (Ctrl+Shift+S), for the File menu. */
    public List<MenuItem> fileItems() {
        return List.of(item("menu.file.new", shortcut(KeyCode.N), model::newDataset),
                item("menu.file.save", shortcut(KeyCode.S), model::save),
                item("menu.file.saveAs", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), model::saveAs));
    }

    /** Edit: Undo, Redo, Add entity (N), Edit selected, Connect to…, Merge with…, Delete. */
    public Menu menu() {
        MenuItem undo = item("menu.edit.undo", shortcut(KeyCode.Z), model::undo);
        MenuItem redo = item("menu.edit.redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), model::redo);
        MenuItem add = item("menu.edit.add", null, this::addEntity);
        MenuItem edit = item("menu.edit.selected", shortcut(KeyCode.ENTER), this::startEditing);
        MenuItem connect = item("menu.edit.connect", shortcut(KeyCode.K), () -> {
            startEditing();
            editor().focusConnect();
        });
        MenuItem merge = item("menu.edit.merge", null, () -> {
            startEditing();
            editor().focusMerge();
        });
        MenuItem delete = item("menu.edit.delete", null, model::deleteSelected);
        Menu menu = new Menu("", null, undo, redo, new SeparatorMenuItem(), add, edit, connect, merge,
                new SeparatorMenuItem(), delete);
        Texts.bind(menu, "menu.edit");
        menu.setId("edit-menu");
        // Undo and Redo name what they would undo, in the language shown when the menu opens.
        undo.textProperty().unbind();
        redo.textProperty().unbind();
        menu.setOnShowing(e -> {
            undo.setText(model.undoText());
            redo.setText(model.redoText());
        });
        return menu;
    }

    /** + Entity, for the toolbar (undo and redo are in the Edit menu, to keep the toolbar to one line). */
    public List<Node> toolbarItems() {
        Button add = button("add-entity", "toolbar.addEntity", this::addEntity);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return List.of(add);
    }

    /** The plain keys, when nobody is typing: N adds an entity, Delete deletes the selection. True if used. */
    public boolean handlePlainKey(KeyEvent e) {
        if (!model.loadedProperty().get()) {
            return false;
        }
        if (e.getCode() == KeyCode.N) {
            addEntity();
            return true;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            return model.deleteSelected();
        }
        return false;
    }

    private void addEntity() {
        if (model.askAndAddEntity()) {
            startEditing();
        }
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = Texts.bind(new MenuItem(), key);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.disableProperty().bind(model.loadedProperty().not());
        item.setOnAction(e -> action.run());
        return item;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = Texts.bind(new Button(), key);
        button.setId(id);
        button.setTooltip(Texts.tooltip(key + ".tip"));
        button.setMnemonicParsing(false);
        button.disableProperty().bind(model.loadedProperty().not());
        button.setOnAction(e -> action.run());
        return button;
    }
}

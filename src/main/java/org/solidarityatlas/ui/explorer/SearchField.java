package org.solidarityatlas.ui.explorer;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import org.solidarityatlas.model.SearchHit;

/**
 * The toolbar's search field: each keystroke asks the store for suggestions (through the view model, off the
 * JavaFX thread) and lists them in a popup under the field; Enter or a click chooses one.
 */
final class SearchField {

    private final TextField field = new TextField();
    private final ListView<SearchHit> list = new ListView<>();
    private final Popup popup = new Popup();
    private final SelectionViewModel selection;
    private Consumer<SearchHit> onChosen = hit -> { };
    /** Set while the field's text is replaced by a chosen name, so that does not start a new search. */
    private boolean choosing;

    SearchField(SelectionViewModel selection) {
        this.selection = selection;
        field.setId("search");
        field.setPromptText("Search… (Ctrl+F)");
        field.getStyleClass().add("search-field");
        list.setId("suggestions");
        list.getStyleClass().add("suggestions");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null
                        : hit.entity().name() + "  ·  " + hit.entity().type().label());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);

        field.textProperty().addListener((obs, old, text) -> {
            if (!choosing) {
                selection.suggest(text);
            }
        });
        selection.suggestions().addListener((ListChangeListener<SearchHit>) change -> refreshPopup());
        field.setOnAction(e -> chooseHighlighted());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && popup.isShowing()) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> chooseHighlighted());
    }

    TextField node() {
        return field;
    }

    void setOnChosen(Consumer<SearchHit> handler) {
        onChosen = handler;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** Empties the field and its suggestions. */
    void clear() {
        choosing = true;
        field.clear();
        choosing = false;
        selection.suggest("");
        popup.hide();
    }

    private void refreshPopup() {
        list.getItems().setAll(selection.suggestions());
        if (list.getItems().isEmpty() || field.getScene() == null || field.getScene().getWindow() == null
                || field.getText().isBlank()) {
            popup.hide();
            return;
        }
        list.getSelectionModel().selectFirst();
        list.setPrefWidth(Math.max(field.getWidth(), 360));
        list.setPrefHeight(Math.min(10, list.getItems().size()) * 34 + 6);
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            if (bounds != null) {
                popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
            }
        }
    }

    private void chooseHighlighted() {
        SearchHit hit = list.getSelectionModel().getSelectedItem();
        if (hit == null && !list.getItems().isEmpty()) {
            hit = list.getItems().get(0);
        }
        if (hit == null) {
            return;
        }
        popup.hide();
        choosing = true;
        field.setText(hit.entity().name());
        choosing = false;
        onChosen.accept(hit);
    }
}

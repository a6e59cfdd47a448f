package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.Vocabulary;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Texts;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
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
    /** True when the longest suggestion is wider than the window, so suggestions wrap. */
    private boolean wrapping;

    private static final int VISIBLE_ROWS = 10;
    private static final double ROW_HEIGHT = 34;
    private static final double LINE_HEIGHT = 18;
    /** A cell's padding and the list's border, either side. */
    private static final double CELL_PADDING = 36;
    /** Room for the vertical scroll bar, which shows beyond ten suggestions. */
    private static final double SCROLL_BAR = 16;

    SearchField(SelectionViewModel selection) {
        this.selection = selection;
        field.setId("search");
        field.promptTextProperty().bind(Texts.binding("search.prompt"));
        field.getStyleClass().add("search-field");
        list.setId("suggestions");
        list.getStyleClass().add("suggestions");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : suggestionText(hit));
                setWrapText(wrapping);
                if (wrapping) {
                    setPrefWidth(0);
                }
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // Escape empties the search wherever it lands: a suggestion list that has the keys would otherwise only
        // hide itself and leave the text.
        popup.setHideOnEscape(false);
        popup.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clear();
                e.consume();
            }
        });

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
        sizeToItems();
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            if (bounds != null) {
                popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
            }
        }
    }

    /**
     * As wide as the longest suggestion, so none is cut and there is never a horizontal scroll bar; when that is
     * wider than the window, as wide as the window with long suggestions wrapped onto more lines.
     */
    private void sizeToItems() {
        double longest = 0;
        for (SearchHit hit : list.getItems()) {
            longest = Math.max(longest, textWidth(suggestionText(hit)));
        }
        double room = field.getScene().getWindow().getWidth() - 24;
        double width = Math.min(room, Math.max(field.getWidth(), longest + CELL_PADDING + SCROLL_BAR));
        wrapping = longest + CELL_PADDING + SCROLL_BAR > width;
        list.setPrefWidth(width);
        list.setMinWidth(width);
        list.setMaxWidth(width);
        double height = 6;
        int shown = 0;
        for (SearchHit hit : list.getItems()) {
            if (shown++ == VISIBLE_ROWS) {
                break;
            }
            double lines = Math.ceil(textWidth(suggestionText(hit)) / (width - CELL_PADDING - SCROLL_BAR));
            height += ROW_HEIGHT + (Math.max(1, lines) - 1) * LINE_HEIGHT;
        }
        list.setPrefHeight(height);
        list.refresh();
    }

    private double textWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(field.getFont());
        return measured.getLayoutBounds().getWidth();
    }

    static String suggestionText(SearchHit hit) {
        return Translated.name(hit.entity()) + "  ·  " + Vocabulary.of(hit.entity().type());
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
        field.setText(Translated.name(hit.entity()));

        choosing = false;
        onChosen.accept(hit);
    }
}

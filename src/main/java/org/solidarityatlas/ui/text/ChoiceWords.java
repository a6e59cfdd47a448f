package org.solidarityatlas.ui.text;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A combo box whose choices are said in the window's language ("Depth 2" / "Nivel 2"), in its list and on its
 * button, and said again when the language changes (a converter alone is asked only when the value changes).
 */
public final class ChoiceWords {

    private ChoiceWords() {
    }

    public static <T> void show(ComboBox<T> box, Function<T, String> words) {
        box.setCellFactory(list -> new Cell<>(words));
        box.setButtonCell(new Cell<>(words));
    }

    private static final class Cell<T> extends ListCell<T> {

        private final Function<T, String> words;

        Cell(Function<T, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(Texts.binding(() -> words.apply(item)));
            }
        }
    }
}

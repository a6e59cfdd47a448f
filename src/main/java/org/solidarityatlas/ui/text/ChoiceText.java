package org.solidarityatlas.ui.text;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a non-editable choice box or combo box names its items: picked from a list, never typed. */
public final class ChoiceText {

    private ChoiceText() {
    }

    /** Names each item with {@code text}, and a missing one with nothing. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null; // never typed: the boxes are not editable
            }
        };
    }
}

package org.solidarityatlas.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

class ChoiceTextTest {

    private final StringConverter<Integer> depth = ChoiceText.of(d -> "Depth " + d);

    @Test
    void anItemIsNamedByItsText() {
        assertEquals("Depth 2", depth.toString(2));
    }

    @Test
    void noItemIsNamedWithNothing() {
        assertEquals("", depth.toString(null));
    }

    @Test
    void typedTextChoosesNothing() {
        assertNull(depth.fromString("Depth 2"));
    }
}

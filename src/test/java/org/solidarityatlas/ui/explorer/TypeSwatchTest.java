package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

/** The legend draws each type as the network does (network.css: organization a ring, event a saltire). */
class TypeSwatchTest {

    @Test
    void organizationIsAWhiteRingInItsColourAsOnTheNetwork() {
        Shape ring = (Shape) TypeSwatch.of(EntityType.ORGANIZATION);
        assertEquals(Color.WHITE, ring.getFill());
        assertEquals(Color.web("#CC79A7"), ring.getStroke());
        assertTrue(ring.getStrokeWidth() >= 3);
    }

    @Test
    void eventIsASaltireNotAPlus() {
        Shape cross = (Shape) TypeSwatch.of(EntityType.EVENT);
        // The arms of a saltire reach the corners; a plus sign's reach the middles of the sides.
        assertTrue(cross.contains(1.5, 1.5), "near the top-left corner");
        assertTrue(cross.contains(12.5, 12.5), "near the bottom-right corner");
        assertFalse(cross.contains(7, 0.8), "the middle of the top side");
        assertFalse(cross.contains(0.8, 7), "the middle of the left side");
        assertEquals(Color.web("#56B4E9"), cross.getFill());
    }
}

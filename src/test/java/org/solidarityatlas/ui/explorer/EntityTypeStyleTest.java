package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

class EntityTypeStyleTest {

    @Test
    void everyTypeHasItsOwnColour() {
        long distinct = Arrays.stream(EntityType.values()).map(t -> EntityTypeStyle.of(t).hex()).distinct().count();

        assertEquals(EntityType.values().length, distinct);
    }
}

package org.solidarityatlas.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedYearsTest {

    @Test
    void readsARangeWithAnEnDash() {
        assertEquals(Optional.of(new TypedYears(1992, 1998)), TypedYears.parse("1992–1998"));
    }

    @Test
    void readsARangeWithAHyphenSpacesOrTo() {
        assertEquals(Optional.of(new TypedYears(1992, 1998)), TypedYears.parse("1992-1998"));
        assertEquals(Optional.of(new TypedYears(1992, 1998)), TypedYears.parse(" 1992 - 1998 "));
        assertEquals(Optional.of(new TypedYears(1992, 1998)), TypedYears.parse("1992 to 1998"));
    }

    @Test
    void readsOneYear() {
        assertEquals(Optional.of(new TypedYears(1994, 1994)), TypedYears.parse("1994"));
    }

    @Test
    void readsAMonthAsItsYear() {
        assertEquals(Optional.of(new TypedYears(2019, 2019)), TypedYears.parse("2019-05"));
        assertEquals(Optional.of(new TypedYears(2019, 2021)), TypedYears.parse("2019-05–2021-02-03"));
    }

    @Test
    void putsReversedYearsInOrder() {
        assertEquals(Optional.of(new TypedYears(1992, 1998)), TypedYears.parse("1998–1992"));
    }

    @Test
    void refusesWhatIsNotYears() {
        assertTrue(TypedYears.parse("nineties").isEmpty());
        assertTrue(TypedYears.parse("92-98").isEmpty());
        assertTrue(TypedYears.parse("2019-13").isEmpty());
        assertTrue(TypedYears.parse("").isEmpty());
    }
}

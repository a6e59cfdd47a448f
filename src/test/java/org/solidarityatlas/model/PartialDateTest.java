package org.solidarityatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"1992", "2019-05", "2019-05-01", "0001", "2024-02-29"})
    void writtenFormComesBackUnchanged(String text) {
        assertEquals(text, PartialDate.parse(text).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "92", "1992-1", "1992-13", "2019-02-30", "2023-02-29", "1992-00", "1992-05-00", "0000", "1992/05", " 1992"})
    void malformedOrImpossibleDatesDoNotParse(String text) {
        assertTrue(PartialDate.parse(text).isEmpty(), text);
    }

    @Test
    void yearCoversTheWholeYear() {
        PartialDate year = PartialDate.parse("1994").orElseThrow();
        assertEquals(LocalDate.of(1994, 1, 1), year.firstDay());
        assertEquals(LocalDate.of(1994, 12, 31), year.lastDay());
    }

    @Test
    void monthCoversTheWholeMonthIncludingLeapDays() {
        PartialDate month = PartialDate.parse("2020-02").orElseThrow();
        assertEquals(LocalDate.of(2020, 2, 1), month.firstDay());
        assertEquals(LocalDate.of(2020, 2, 29), month.lastDay());
    }

    @Test
    void datesReadAsWords() {
        assertEquals("1992", PartialDate.parse("1992").orElseThrow().inWords());
        assertEquals("March 2019", PartialDate.parse("2019-03").orElseThrow().inWords());
        assertEquals("1 May 2019", PartialDate.parse("2019-05-01").orElseThrow().inWords());
    }
}

package org.solidarityatlas.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.TimeWindow;

/** Partial dates in words as a reader of each language writes them. */
class DatesInWordsTest {

    private static PartialDate date(String iso) {
        return PartialDate.parse(iso).orElseThrow();
    }

    @Test
    void aYearAloneIsTheSameInBothLanguages() {
        assertEquals("1992", DatesInWords.of(date("1992"), Texts.ENGLISH));
        assertEquals("1992", DatesInWords.of(date("1992"), Texts.SPANISH));
    }

    @Test
    void aMonthIsNamedInEnglish() {
        assertEquals("March 2019", DatesInWords.of(date("2019-03"), Texts.ENGLISH));
    }

    @Test
    void aMonthIsNamedInSpanishWithDe() {
        assertEquals("marzo de 2019", DatesInWords.of(date("2019-03"), Texts.SPANISH));
    }

    @Test
    void aDayReadsDayMonthYearInEnglish() {
        assertEquals("1 May 1970", DatesInWords.of(date("1970-05-01"), Texts.ENGLISH));
    }

    @Test
    void aDayReadsWithDeTwiceInSpanish() {
        assertEquals("1 de mayo de 1970", DatesInWords.of(date("1970-05-01"), Texts.SPANISH));
    }

    @Test
    void anOngoingSpanIsPresentOrPresente() {
        Lifespan since1992 = Lifespan.of(date("1992"), null);
        assertEquals("1992 – present", DatesInWords.of(since1992, Texts.ENGLISH));
        assertEquals("1992 – presente", DatesInWords.of(since1992, Texts.SPANISH));
    }

    @Test
    void aClosedSpanNamesItsMonthsInTheLanguage() {
        Lifespan span = Lifespan.of(date("1995-06"), date("2011-09"));
        assertEquals("June 1995 – September 2011", DatesInWords.of(span, Texts.ENGLISH));
        assertEquals("junio de 1995 – septiembre de 2011", DatesInWords.of(span, Texts.SPANISH));
    }

    @Test
    void aSpanWithOnlyAnEndIsUntilOrHasta() {
        Lifespan until = Lifespan.of(null, date("2001-09"));
        assertEquals("until September 2001", DatesInWords.of(until, Texts.ENGLISH));
        assertEquals("hasta septiembre de 2001", DatesInWords.of(until, Texts.SPANISH));
    }

    @Test
    void anUndatedSpanSaysSo() {
        assertEquals("undated", DatesInWords.of(Lifespan.UNDATED, Texts.ENGLISH));
        assertEquals("sin fecha", DatesInWords.of(Lifespan.UNDATED, Texts.SPANISH));
    }

    @Test
    void anEventWithinItsMonthIsThatMonth() {
        Lifespan event = Lifespan.ofEvent(date("2019-03"), null);
        assertEquals("marzo de 2019", DatesInWords.of(event, Texts.SPANISH));
    }

    @Test
    void aTimeWindowIsItsYears() {
        assertEquals("1990–2000", DatesInWords.of(TimeWindow.ofYears(1990, 2000)));
        assertEquals("1994", DatesInWords.of(TimeWindow.ofYears(1994, 1994)));
    }
}

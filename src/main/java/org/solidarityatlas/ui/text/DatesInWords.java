package org.solidarityatlas.ui.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.TimeWindow;

/**
 * Partial dates as people read them in the window's language: "March 2019" / "marzo de 2019", "1 May 2019" /
 * "1 de mayo de 2019", "1992 – present" / "1992 – presente". Month names come from java.time for the locale; the
 * order and the little words around them come from the bundles.
 */
public final class DatesInWords {

    private DatesInWords() {
    }

    /** "1992", "marzo de 2019", "1 de mayo de 2019". */
    public static String of(PartialDate date) {
        return of(date, Texts.locale());
    }

    public static String of(PartialDate date, Locale locale) {
        if (!date.hasMonth()) {
            return Integer.toString(date.year());
        }
        if (!date.hasDay()) {
            return pattern(locale, "date.yearMonth").format(YearMonth.of(date.year(), date.month()));
        }
        return pattern(locale, "date.day").format(LocalDate.of(date.year(), date.month(), date.day()));
    }

    /** "1992 – present", "until 2001", "March 2019" for an event within one month, "undated". */
    public static String of(Lifespan life) {
        return of(life, Texts.locale());
    }

    public static String of(Lifespan life, Locale locale) {
        PartialDate start = life.start();
        PartialDate end = life.end();
        if (start == null && end == null) {
            return Texts.format(locale, "date.undated");
        }
        if (start == null) {
            return Texts.format(locale, "date.until", of(end, locale));
        }
        if (end == null) {
            return life.endsWithItsStartPeriod() ? of(start, locale)
                    : Texts.format(locale, "date.sinceOngoing", of(start, locale));
        }
        if (start.equals(end)) {
            return of(start, locale);
        }
        return Texts.format(locale, "date.range", of(start, locale), of(end, locale));
    }

    /** "1990–2000", or "1994" for a single year. */
    public static String of(TimeWindow window) {
        return window.firstYear() == window.lastYear() ? Integer.toString(window.firstYear())
                : window.firstYear() + "–" + window.lastYear();
    }

    private static DateTimeFormatter pattern(Locale locale, String key) {
        return DateTimeFormatter.ofPattern(Texts.bundle(locale).getString(key), Texts.supported(locale));
    }
}

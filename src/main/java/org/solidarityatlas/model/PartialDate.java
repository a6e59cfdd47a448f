package org.solidarityatlas.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}).
 * It covers a period: {@link #firstDay()} to {@link #lastDay()}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** Month or day value meaning "not known". */
    public static final int UNKNOWN = 0;

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == UNKNOWN && day != UNKNOWN) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != UNKNOWN && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("no month " + month);
        }
        if (day != UNKNOWN) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month));
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, UNKNOWN, UNKNOWN);
    }

    /** Parses the ISO form, or returns empty when the text is not a valid partial date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? UNKNOWN : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? UNKNOWN : Integer.parseInt(m.group(3));
            if ((m.group(2) != null && month == UNKNOWN) || (m.group(3) != null && day == UNKNOWN)) {
                return Optional.empty(); // "00" is not a month or a day, and must not read as "unknown"
            }
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean hasMonth() {
        return month != UNKNOWN;
    }

    public boolean hasDay() {
        return day != UNKNOWN;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1);
    }

    public LocalDate lastDay() {
        if (hasDay()) {
            return LocalDate.of(year, month, day);
        }
        if (hasMonth()) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** In words, for people: "1992", "March 2019", "1 May 2019". */
    public String inWords() {
        if (!hasMonth()) {
            return Integer.toString(year);
        }
        String monthName = java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return hasDay() ? day + " " + monthName + " " + year : monthName + " " + year;
    }

    /** The ISO form it was written in. */
    @Override
    public String toString() {
        if (!hasMonth()) {
            return String.format("%04d", year);
        }
        if (!hasDay()) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return firstDay().compareTo(other.firstDay());
    }
}

package org.solidarityatlas.model;

import java.time.LocalDate;

/** An inclusive range of days that the time filter shows. */
public record TimeWindow(LocalDate firstDay, LocalDate lastDay) {

    public TimeWindow {
        if (firstDay == null || lastDay == null) {
            throw new IllegalArgumentException("a time window needs both bounds");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a time window cannot end before it starts");
        }
    }

    /** From the first day of {@code fromYear} through the last day of {@code toYear}. */
    public static TimeWindow ofYears(int fromYear, int toYear) {
        return new TimeWindow(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /** From the start of one partial date's period through the end of the other's. */
    public static TimeWindow between(PartialDate from, PartialDate to) {
        return new TimeWindow(from.firstDay(), to.lastDay());
    }

    public int firstYear() {
        return firstDay.getYear();
    }

    public int lastYear() {
        return lastDay.getYear();
    }

    /** "1990–2000", or "1994" for a single year. */
    public String inWords() {
        return firstYear() == lastYear() ? Integer.toString(firstYear()) : firstYear() + "–" + lastYear();
    }
}

package org.solidarityatlas.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an item was active, as written (start and end may each be absent) and as the interval of days it covers.
 * No end means ongoing, except for an event, where no end means the event's own period.
 * Neither start nor end means undated.
 */
public record Lifespan(PartialDate start, PartialDate end, boolean endsWithItsStartPeriod) {

    /** Far bounds used for open ends, so every dated item has a closed interval of days. */
    public static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
    public static final LocalDate ONGOING = LocalDate.of(9999, 12, 31);

    public static final Lifespan UNDATED = new Lifespan(null, null, false);

    public static Lifespan of(PartialDate start, PartialDate end) {
        return new Lifespan(start, end, false);
    }

    /** An event without an end lasts its start's period; other items without an end are ongoing. */
    public static Lifespan ofEvent(PartialDate start, PartialDate end) {
        return new Lifespan(start, end, true);
    }

    public boolean isDated() {
        return start != null || end != null;
    }

    public Optional<PartialDate> startDate() {
        return Optional.ofNullable(start);
    }

    public Optional<PartialDate> endDate() {
        return Optional.ofNullable(end);
    }

    /** First day covered; empty when undated. */
    public Optional<LocalDate> firstDay() {
        if (!isDated()) {
            return Optional.empty();
        }
        return Optional.of(start != null ? start.firstDay() : BEGINNING);
    }

    /** Last day covered; empty when undated. */
    public Optional<LocalDate> lastDay() {
        if (!isDated()) {
            return Optional.empty();
        }
        if (end != null) {
            return Optional.of(end.lastDay());
        }
        return Optional.of(endsWithItsStartPeriod ? start.lastDay() : ONGOING);
    }

    public boolean isOngoing() {
        return isDated() && end == null && !endsWithItsStartPeriod;
    }

    /** True when this lifespan shares at least one day with the window; undated never overlaps. */
    public boolean overlaps(TimeWindow window) {
        if (!isDated()) {
            return false;
        }
        return !firstDay().get().isAfter(window.lastDay()) && !lastDay().get().isBefore(window.firstDay());
    }

    /** In words: "1992 – present", "March 2019", "1994 – 2004", "until 1990", or "undated". */
    public String inWords() {
        if (!isDated()) {
            return "undated";
        }
        if (start == null) {
            return "until " + end.inWords();
        }
        if (end == null) {
            return endsWithItsStartPeriod ? start.inWords() : start.inWords() + " – present";
        }
        if (start.equals(end)) {
            return start.inWords();
        }
        return start.inWords() + " – " + end.inWords();
    }
}

package org.solidarityatlas.model;

import java.util.Optional;

/** Earliest and latest year among the dates it is given (open ends give none, so they do not stretch it). */
public final class YearRange {

    private int first = Integer.MAX_VALUE;
    private int last = Integer.MIN_VALUE;

    public void add(PartialDate date) {
        if (date != null) {
            first = Math.min(first, date.year());
            last = Math.max(last, date.year());
        }
    }

    /** Whole years from the earliest to the latest date added; empty when none was. */
    public Optional<TimeWindow> window() {
        return first > last ? Optional.empty() : Optional.of(TimeWindow.ofYears(first, last));
    }
}

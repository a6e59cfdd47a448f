package org.solidarityatlas.ui.story;

import java.util.Optional;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.TimeWindow;

/** The years a dataset covers, as the explorer's time slider spans them. */
public final class TimeSpan {

    private TimeSpan() {
    }

    /** Whole years from the earliest to the latest date written in the dataset; empty when nothing is dated. */
    public static Optional<TimeWindow> of(Dataset dataset) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Entity e : dataset.entities()) {
            for (PartialDate d : new PartialDate[] {e.start(), e.end()}) {
                if (d != null) {
                    first = Math.min(first, d.year());
                    last = Math.max(last, d.year());
                }
            }
        }
        for (Relationship r : dataset.relationships()) {
            for (PartialDate d : new PartialDate[] {r.start(), r.end()}) {
                if (d != null) {
                    first = Math.min(first, d.year());
                    last = Math.max(last, d.year());
                }
            }
        }
        return first > last ? Optional.empty() : Optional.of(TimeWindow.ofYears(first, last));
    }
}

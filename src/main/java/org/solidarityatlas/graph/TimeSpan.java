package org.solidarityatlas.graph;

import java.lang.ref.WeakReference;
import java.util.Optional;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.model.YearRange;

/** The years a dataset covers, as the explorer's time slider spans them. */
public final class TimeSpan {

    private TimeSpan() {
    }

    /** The dataset {@link #of} last measured, and its span: panels ask for the same dataset's span in turn. */
    private static volatile Measured last;

    /** Weakly held, so the cache never keeps a closed dataset in memory. */
    private record Measured(WeakReference<Dataset> dataset, Optional<TimeWindow> span) {
    }

    /** Whole years from the earliest to the latest date written in the dataset; empty when nothing is dated. */
    public static Optional<TimeWindow> of(Dataset dataset) {
        Measured measured = last;
        if (measured != null && measured.dataset().get() == dataset) {
            return measured.span();
        }
        YearRange years = new YearRange();
        for (Entity e : dataset.entities()) {
            years.add(e.start());
            years.add(e.end());
        }
        for (Relationship r : dataset.relationships()) {
            years.add(r.start());
            years.add(r.end());
        }
        Optional<TimeWindow> span = years.window();
        last = new Measured(new WeakReference<>(dataset), span);
        return span;
    }
}

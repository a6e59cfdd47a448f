package org.solidarityatlas.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.TimeWindow;

/** The years a dataset's written dates reach, for the one-line summaries the commands print. */
final class DatasetSpan {

    private DatasetSpan() {
    }

    /** From the first day of the earliest written date to the last day of the latest; empty when undated. */
    static Optional<TimeWindow> of(Dataset dataset) {
        Stream<PartialDate> entityDates = dataset.entities().stream()
                .flatMap(e -> Stream.of(e.start(), e.end()));
        Stream<PartialDate> relationshipDates = dataset.relationships().stream()
                .flatMap(r -> Stream.of(r.start(), r.end()));
        LocalDate first = null;
        LocalDate last = null;
        for (PartialDate date : (Iterable<PartialDate>) Stream.concat(entityDates, relationshipDates)::iterator) {
            if (date == null) {
                continue;
            }
            first = first == null || date.firstDay().isBefore(first) ? date.firstDay() : first;
            last = last == null || date.lastDay().isAfter(last) ? date.lastDay() : last;
        }
        return first == null ? Optional.empty() : Optional.of(new TimeWindow(first, last));
    }

    /** "58 entities, 97 relationships, 1936–2023" (or "undated" for the span). */
    static String summary(Dataset dataset) {
        return counted(dataset.entities().size(), "entity", "entities") + ", "
                + counted(dataset.relationships().size(), "relationship", "relationships") + ", "
                + of(dataset).map(TimeWindow::inWords).orElse("undated");
    }

    static String counted(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}

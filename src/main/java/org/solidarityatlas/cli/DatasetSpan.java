package org.solidarityatlas.cli;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.TimeWindow;

/** The one-line summaries of a dataset the commands print; the span is the graph engine's. */
final class DatasetSpan {

    private DatasetSpan() {
    }

    /** "58 entities, 97 relationships, 1936–2023" (or "undated" for the span). */
    static String summary(Dataset dataset) {
        return counted(dataset.entities().size(), "entity", "entities") + ", "
                + counted(dataset.relationships().size(), "relationship", "relationships") + ", "
                + LoadedGraph.spanOf(dataset).map(TimeWindow::inWords).orElse("undated");
    }

    static String counted(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}

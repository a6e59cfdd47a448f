package org.solidarityatlas.store;

import org.solidarityatlas.model.Subgraph;

/**
 * What the network draws for a filter when at most a number of entities may be drawn: the most connected of the
 * entities that pass the filter (by their relationships in the whole dataset, ties to the earlier in the file),
 * the relationships among them that pass it, and how many entities passed in all.
 */
public record DrawnWindow(Subgraph drawn, int visibleEntities) {

    /** True when some entities that pass the filter were left out. */
    public boolean isCapped() {
        return drawn.entities().size() < visibleEntities;
    }
}

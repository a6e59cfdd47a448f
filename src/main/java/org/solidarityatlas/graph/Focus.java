package org.solidarityatlas.graph;

import java.util.List;

/**
 * "Show only these entities and their neighbours to this depth": the explorer's Focus and a story step's focus
 * and depth. Its entities are worked out by {@link LoadedGraph#neighbourhood} under the filter of the moment, so a
 * focus follows the time window as it moves.
 *
 * @param centre the focused entities
 * @param depth  how many relationships away from the centre still show (at least 0)
 */
public record Focus(List<String> centre, int depth) {

    public Focus {
        centre = List.copyOf(centre);
        if (depth < 0) {
            throw new IllegalArgumentException("a focus depth cannot be negative: " + depth);
        }
    }
}

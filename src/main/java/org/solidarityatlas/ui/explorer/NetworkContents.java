package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleSet;

import java.util.List;
import java.util.Set;
import org.solidarityatlas.model.Subgraph;

/**
 * What the network view holds for a loaded dataset: the whole of it when it fits under the drawing cap, otherwise
 * only the entities drawn when it was last built, and every relationship among them, so that the view never holds
 * far more than it draws. Filters then only hide and show within it until they draw an entity it does not hold.
 */
public record NetworkContents(LoadedGraph graph, Subgraph subgraph, Set<String> entityIds) {

    public static final NetworkContents NOTHING = new NetworkContents(null, new Subgraph(List.of(), List.of()),
            Set.of());

    /** True when every entity of the visible set is held, so applying it needs no rebuild. */
    public boolean holds(VisibleSet visible) {
        if (graph != null && entityIds.size() >= graph.entities().size()) {
            return true; // the whole dataset: no need to look up each visible id on every filter move
        }
        return entityIds.containsAll(visible.entityIds());
    }
}

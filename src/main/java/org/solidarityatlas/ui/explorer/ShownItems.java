package org.solidarityatlas.ui.explorer;

import java.util.HashSet;
import java.util.Set;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.graph.VisibleSet;
import org.solidarityatlas.ui.network.NetworkView;

/**
 * What the explorer's network draws: what the filters show, and the members of a shown path that the filters
 * hide, so the path is drawn whole with those members pale and dashed rather than left out.
 */
final class ShownItems {

    private ShownItems() {
    }

    static void apply(NetworkView network, VisibleSet visible, VisibleItems pathOutsideFilters) {
        Set<String> outside = new HashSet<>(pathOutsideFilters.entityIds());
        outside.addAll(pathOutsideFilters.relationshipIds());
        network.setOutsideFilters(outside);
        if (outside.isEmpty()) {
            // The usual case, on every step of a drag: the filters' own sets, not copied.
            network.applyVisibility(visible.entityIds(), visible.relationshipIds());
            return;
        }
        VisibleItems drawn = pathOutsideFilters.plus(new VisibleItems(visible.entityIds(), visible.relationshipIds()));
        network.applyVisibility(drawn.entityIds(), drawn.relationshipIds());
    }
}

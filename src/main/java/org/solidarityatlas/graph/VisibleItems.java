package org.solidarityatlas.graph;

import java.util.HashSet;
import java.util.Set;

/** The entity and relationship ids a view shows, as {@link LoadedGraph#visibleItems} decides them. */
public record VisibleItems(Set<String> entityIds, Set<String> relationshipIds) {

    public static final VisibleItems NOTHING = new VisibleItems(Set.of(), Set.of());

    public VisibleItems {
        entityIds = Set.copyOf(entityIds);
        relationshipIds = Set.copyOf(relationshipIds);
    }

    /** What either shows. */
    public VisibleItems plus(VisibleItems other) {
        Set<String> e = new HashSet<>(entityIds);
        e.addAll(other.entityIds);
        Set<String> r = new HashSet<>(relationshipIds);
        r.addAll(other.relationshipIds);
        return new VisibleItems(e, r);
    }
}

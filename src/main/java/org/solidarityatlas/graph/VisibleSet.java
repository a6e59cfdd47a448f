package org.solidarityatlas.graph;

import java.util.Map;
import java.util.Set;
import org.solidarityatlas.model.EntityType;

/**
 * The entity and relationship ids the network shows, with counts per type for the filter panel.
 * {@code entitiesAdmitted} is how many entities pass the filters; it exceeds the shown ones when the drawing cap
 * kept only the most connected.
 */
public record VisibleSet(
        Set<String> entityIds,
        Set<String> relationshipIds,
        Map<EntityType, Integer> entitiesByType,
        Map<String, Integer> relationshipsByType,
        int entitiesAdmitted) {

    public static final VisibleSet NOTHING = new VisibleSet(Set.of(), Set.of(), Map.of(), Map.of());

    /** A visible set nothing was cut from. */
    public VisibleSet(Set<String> entityIds, Set<String> relationshipIds, Map<EntityType, Integer> entitiesByType,
            Map<String, Integer> relationshipsByType) {
        this(entityIds, relationshipIds, entitiesByType, relationshipsByType, entityIds.size());
    }

    /** True when the drawing cap left out entities that pass the filters. */
    public boolean capped() {
        return entitiesAdmitted > entityIds.size();
    }

    public int entityCount(EntityType type) {
        return entitiesByType.getOrDefault(type, 0);
    }

    public int relationshipCount(String type) {
        return relationshipsByType.getOrDefault(type, 0);
    }
}

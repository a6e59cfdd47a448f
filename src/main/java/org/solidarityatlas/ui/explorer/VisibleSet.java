package org.solidarityatlas.ui.explorer;

import java.util.Map;
import java.util.Set;
import org.solidarityatlas.model.EntityType;

/** The entity and relationship ids the network shows, with counts per type for the filter panel. */
public record VisibleSet(
        Set<String> entityIds,
        Set<String> relationshipIds,
        Map<EntityType, Integer> entitiesByType,
        Map<String, Integer> relationshipsByType) {

    public static final VisibleSet NOTHING = new VisibleSet(Set.of(), Set.of(), Map.of(), Map.of());

    public int entityCount(EntityType type) {
        return entitiesByType.getOrDefault(type, 0);
    }

    public int relationshipCount(String type) {
        return relationshipsByType.getOrDefault(type, 0);
    }
}

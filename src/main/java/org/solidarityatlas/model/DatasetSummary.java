package org.solidarityatlas.model;

import java.util.Map;

/** A stored dataset's title and counts by type. */
public record DatasetSummary(
        String title,
        Map<EntityType, Long> entitiesByType,
        Map<String, Long> relationshipsByType) {

    public DatasetSummary {
        entitiesByType = Map.copyOf(entitiesByType);
        relationshipsByType = Map.copyOf(relationshipsByType);
    }

    public long entityCount() {
        return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long relationshipCount() {
        return relationshipsByType.values().stream().mapToLong(Long::longValue).sum();
    }
}

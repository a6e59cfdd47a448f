package org.solidarityatlas.model;

import java.util.Map;
import java.util.Optional;

/**
 * Counts by type and the span of years the dataset's dated items cover.
 *
 * @param span empty when nothing is dated
 */
public record DatasetSummary(
        String title,
        Map<EntityType, Long> entitiesByType,
        Map<String, Long> relationshipsByType,
        Optional<TimeWindow> span) {

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

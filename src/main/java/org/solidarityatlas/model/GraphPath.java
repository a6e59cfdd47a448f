package org.solidarityatlas.model;

import java.util.List;

/**
 * A chain of entities, each linked to the next by the relationship at the same index
 * ({@code relationships.size() == entities.size() - 1}).
 */
public record GraphPath(List<Entity> entities, List<Relationship> relationships) {

    public GraphPath {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        if (entities.isEmpty() || relationships.size() != entities.size() - 1) {
            throw new IllegalArgumentException("a path needs n entities and n-1 relationships");
        }
    }

    public int length() {
        return relationships.size();
    }
}

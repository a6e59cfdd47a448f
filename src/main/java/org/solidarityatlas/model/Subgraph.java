package org.solidarityatlas.model;

import java.util.List;

/** Some entities and the relationships among them, e.g. what a filter or a neighbourhood shows. */
public record Subgraph(List<Entity> entities, List<Relationship> relationships) {

    public Subgraph {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
    }
}

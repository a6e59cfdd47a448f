package org.solidarityatlas.model;

import java.util.List;

/** One entity with everything a details panel shows: its relationships (with their other ends) and sources. */
public record EntityDetails(Entity entity, List<Link> links, List<Source> sources) {

    public EntityDetails {
        links = List.copyOf(links);
        sources = List.copyOf(sources);
    }

    /** A relationship seen from the entity, with the entity at the other end. */
    public record Link(Relationship relationship, Entity other, boolean outgoing) {
    }
}

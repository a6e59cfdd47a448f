package org.solidarityatlas.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the network shows: entity types, relationship types, a time window and whether undated items show.
 * The store and the explorer both decide visibility through this one class, so they always agree.
 *
 * @param relationshipTypes the shown relationship types; empty optional means every type
 * @param window            the time window; empty optional means all time
 */
public record GraphFilter(
        Set<EntityType> entityTypes,
        Optional<Set<String>> relationshipTypes,
        Optional<TimeWindow> window,
        boolean includeUndated) {

    public GraphFilter {
        entityTypes = entityTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(entityTypes));
        relationshipTypes = relationshipTypes.map(Set::copyOf);
    }

    public static GraphFilter everything() {
        return new GraphFilter(EnumSet.allOf(EntityType.class), Optional.empty(), Optional.empty(), true);
    }

    public GraphFilter withEntityTypes(Set<EntityType> types) {
        return new GraphFilter(types, relationshipTypes, window, includeUndated);
    }

    public GraphFilter withRelationshipTypes(Set<String> types) {
        return new GraphFilter(entityTypes, Optional.of(types), window, includeUndated);
    }

    public GraphFilter withWindow(TimeWindow newWindow) {
        return new GraphFilter(entityTypes, relationshipTypes, Optional.ofNullable(newWindow), includeUndated);
    }

    public GraphFilter withIncludeUndated(boolean include) {
        return new GraphFilter(entityTypes, relationshipTypes, window, include);
    }

    public boolean admits(Entity entity) {
        return entityTypes.contains(entity.type()) && admitsTime(entity.lifespan());
    }

    /** A relationship shows when its type and time pass and both of its ends show. */
    public boolean admits(Relationship relationship, boolean bothEndsShown) {
        return bothEndsShown
                && relationshipTypes.map(types -> types.contains(relationship.type())).orElse(true)
                && admitsTime(relationship.lifespan());
    }

    public boolean admitsTime(Lifespan lifespan) {
        if (!lifespan.isDated()) {
            return includeUndated;
        }
        return window.map(lifespan::overlaps).orElse(true);
    }
}

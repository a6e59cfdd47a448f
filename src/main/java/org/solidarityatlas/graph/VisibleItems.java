package org.solidarityatlas.graph;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.Relationship;

/** The entity and relationship ids a view shows. Visibility is decided by {@link GraphFilter}, as everywhere. */
public record VisibleItems(Set<String> entityIds, Set<String> relationshipIds) {

    public static final VisibleItems NOTHING = new VisibleItems(Set.of(), Set.of());

    public VisibleItems {
        entityIds = Set.copyOf(entityIds);
        relationshipIds = Set.copyOf(relationshipIds);
    }

    /** What the filter admits, optionally only among some entities (a focused neighbourhood). */
    public static VisibleItems of(Dataset dataset, GraphFilter filter, Optional<Set<String>> restrictTo) {
        Set<String> entities = new HashSet<>();
        for (Entity e : dataset.entities()) {
            if (filter.admits(e) && restrictTo.map(only -> only.contains(e.id())).orElse(true)) {
                entities.add(e.id());
            }
        }
        Set<String> relationships = new HashSet<>();
        for (Relationship r : dataset.relationships()) {
            if (filter.admits(r, entities.contains(r.from()) && entities.contains(r.to()))) {
                relationships.add(r.id());
            }
        }
        return new VisibleItems(entities, relationships);
    }

    /**
     * The focus entities and every entity within {@code depth} relationships of them, walking only the
     * relationships the filter shows, so a neighbourhood in 1994 is the one that existed in 1994.
     */
    public static Set<String> neighbourhood(Dataset dataset, GraphFilter filter, Collection<String> focus,
            int depth) {
        VisibleItems shown = of(dataset, filter, Optional.empty());
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Relationship r : dataset.relationships()) {
            if (shown.relationshipIds.contains(r.id())) {
                neighbours.computeIfAbsent(r.from(), k -> new java.util.ArrayList<>()).add(r.to());
                neighbours.computeIfAbsent(r.to(), k -> new java.util.ArrayList<>()).add(r.from());
            }
        }
        Set<String> reached = new LinkedHashSet<>(focus);
        Deque<String> frontier = new ArrayDeque<>(focus);
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            Deque<String> next = new ArrayDeque<>();
            for (String id : frontier) {
                for (String other : neighbours.getOrDefault(id, List.of())) {
                    if (reached.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return reached;
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

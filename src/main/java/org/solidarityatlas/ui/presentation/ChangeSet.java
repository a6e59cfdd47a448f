package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.graph.VisibleItems;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.TimeWindow;

/** What joined (shown now, not before) and what left (shown before, not now) between two moments. */
public record ChangeSet(Set<String> joinedEntities, Set<String> joinedRelationships, Set<String> leftEntities,
        Set<String> leftRelationships) {

    public static final ChangeSet NONE = new ChangeSet(Set.of(), Set.of(), Set.of(), Set.of());

    public ChangeSet {
        joinedEntities = Set.copyOf(joinedEntities);
        joinedRelationships = Set.copyOf(joinedRelationships);
        leftEntities = Set.copyOf(leftEntities);
        leftRelationships = Set.copyOf(leftRelationships);
    }

    public static ChangeSet between(VisibleItems before, VisibleItems after) {
        return new ChangeSet(
                minus(after.entityIds(), before.entityIds()), minus(after.relationshipIds(), before.relationshipIds()),
                minus(before.entityIds(), after.entityIds()), minus(before.relationshipIds(), after.relationshipIds()));
    }

    /** The same filter at two windows: what time alone changed. */
    public static ChangeSet between(Dataset dataset, GraphFilter filter, TimeWindow before, TimeWindow after) {
        return between(VisibleItems.of(dataset, filter.withWindow(before), Optional.empty()),
                VisibleItems.of(dataset, filter.withWindow(after), Optional.empty()));
    }

    /** "Compare 1994 with 2019": each year taken whole. */
    public static ChangeSet betweenYears(Dataset dataset, GraphFilter filter, int before, int after) {
        return between(dataset, filter, TimeWindow.ofYears(before, before), TimeWindow.ofYears(after, after));
    }

    /**
     * What time changed between the step shown before and this one, seen through this step's filters and
     * neighbourhood: items that other filters or another focus hid are not "changes" of history.
     */
    public static ChangeSet forStep(Dataset dataset, StepView previous, StepView current) {
        if (previous.window().isEmpty() || current.window().isEmpty()) {
            return NONE;
        }
        StepView then = current.withWindow(previous.window().get());
        Optional<Set<String>> restriction = current.restriction(dataset);
        Optional<Set<String>> thenRestriction = then.restriction(dataset);
        Optional<Set<String>> either = restriction.map(now -> {
            Set<String> both = new HashSet<>(now);
            thenRestriction.ifPresent(both::addAll);
            return both;
        });
        return between(VisibleItems.of(dataset, then.filter(), either),
                VisibleItems.of(dataset, current.filter(), either));
    }

    public Set<String> joinedIds() {
        Set<String> all = new HashSet<>(joinedEntities);
        all.addAll(joinedRelationships);
        return all;
    }

    public Set<String> leftIds() {
        Set<String> all = new HashSet<>(leftEntities);
        all.addAll(leftRelationships);
        return all;
    }

    public boolean isEmpty() {
        return joinedEntities.isEmpty() && joinedRelationships.isEmpty() && leftEntities.isEmpty()
                && leftRelationships.isEmpty();
    }

    /** The items that left, as shown ones to fade: the view shows them with their mark until the next step. */
    public VisibleItems leftItems() {
        return new VisibleItems(leftEntities, leftRelationships);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}

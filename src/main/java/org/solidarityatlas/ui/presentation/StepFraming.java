package org.solidarityatlas.ui.presentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.model.Relationship;

/**
 * What a step frames: its focus in context, that is the focus entities shown and the neighbours they are linked
 * to in what the step shows, so the room sees with whom something happened. When the neighbours are too many to
 * read, the most connected are kept and the rest counted. A step without a focus shown frames all it shows.
 *
 * @param entities the entities the camera frames
 * @param leftOut  neighbours not framed because there were too many
 */
public record StepFraming(Set<String> entities, int leftOut) {

    /** Neighbours beyond this many make a crowd the back of a room cannot read. */
    public static final int MOST_NEIGHBOURS = 12;

    public StepFraming {
        entities = Set.copyOf(entities);
    }

    public static StepFraming of(LoadedGraph graph, PresentationViewModel.Shown shown) {
        return of(graph, shown.visible(), shown.view().knownFocus(graph), MOST_NEIGHBOURS);
    }

    static StepFraming of(LoadedGraph graph, VisibleItems visible, Set<String> knownFocus, int mostNeighbours) {
        Set<String> focus = new HashSet<>(knownFocus);
        focus.retainAll(visible.entityIds());
        if (focus.isEmpty()) {
            return new StepFraming(visible.entityIds(), 0);
        }
        Map<String, Integer> degree = new HashMap<>();
        Set<String> neighbours = new HashSet<>();
        for (Relationship r : graph.relationships()) {
            if (!visible.relationshipIds().contains(r.id())) {
                continue;
            }
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
            if (focus.contains(r.from()) && !focus.contains(r.to())) {
                neighbours.add(r.to());
            } else if (focus.contains(r.to()) && !focus.contains(r.from())) {
                neighbours.add(r.from());
            }
        }
        List<String> ranked = new ArrayList<>(neighbours);
        ranked.sort(Comparator.comparingInt((String id) -> -degree.getOrDefault(id, 0))
                .thenComparing(Comparator.naturalOrder()));
        Set<String> framed = new HashSet<>(focus);
        framed.addAll(ranked.subList(0, Math.min(mostNeighbours, ranked.size())));
        return new StepFraming(framed, Math.max(0, ranked.size() - mostNeighbours));
    }
}

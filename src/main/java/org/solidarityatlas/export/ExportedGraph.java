package org.solidarityatlas.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;

/** Checks made before any byte is written, so a graph file never names a node it does not hold. */
final class ExportedGraph {

    private ExportedGraph() {
    }

    /** Throws when ids repeat or a relationship points at an entity the dataset lacks. */
    static void requireConsistent(Dataset dataset) {
        Set<String> entityIds = new HashSet<>();
        for (Entity entity : dataset.entities()) {
            if (!entityIds.add(entity.id())) {
                throw new IllegalArgumentException("entity id \"" + entity.id() + "\" appears twice");
            }
        }
        Set<String> relationshipIds = new HashSet<>();
        for (Relationship relationship : dataset.relationships()) {
            if (!relationshipIds.add(relationship.id())) {
                throw new IllegalArgumentException(
                        "relationship id \"" + relationship.id() + "\" appears twice");
            }
            for (String end : new String[] {relationship.from(), relationship.to()}) {
                if (!entityIds.contains(end)) {
                    throw new IllegalArgumentException("relationship \"" + relationship.id()
                            + "\" points at unknown entity \"" + end + "\"");
                }
            }
        }
    }

    /**
     * Each relationship's edge kind, in the order of the dataset: its type, and for the second and later
     * relationships of one type between the same two entities (in the same direction) the type with " #2",
     * " #3". Gephi's importer merges edges that share source, target and kind into one (its default merge
     * strategy sums them, keeping one id and the other's attributes), so no two edges may share all three.
     */
    static List<String> edgeKinds(Dataset dataset) {
        Map<String, Integer> seen = new HashMap<>();
        return dataset.relationships().stream().map(r -> {
            // '\n' cannot occur in an entity id, so the key is unambiguous.
            int n = seen.merge(r.from() + "\n" + r.to() + "\n" + r.type(), 1, Integer::sum);
            return n == 1 ? r.type() : r.type() + " #" + n;
        }).toList();
    }
}

package org.solidarityatlas.export;

import java.util.HashSet;
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
}

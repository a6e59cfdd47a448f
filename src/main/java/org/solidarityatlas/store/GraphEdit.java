package org.solidarityatlas.store;

import java.util.List;
import java.util.Map;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * One edit made in the window, as the store applies it in one small transaction (not a re-import): sources,
 * entities and relationships put (added, or replacing the one with the same id) and removed. Removed relationships
 * are given whole so the store finds them from their ends; removing an entity also removes the relationships it
 * still has. {@code ordinals} gives each put item's place in the dataset's lists (by id), so a dataset read back
 * keeps the order the window shows.
 */
public record GraphEdit(
        List<Source> putSources,
        List<Entity> putEntities,
        List<Relationship> putRelationships,
        List<Relationship> removedRelationships,
        List<String> removedEntityIds,
        List<String> removedSourceIds,
        Map<String, Integer> ordinals) {

    public GraphEdit {
        putSources = List.copyOf(putSources);
        putEntities = List.copyOf(putEntities);
        putRelationships = List.copyOf(putRelationships);
        removedRelationships = List.copyOf(removedRelationships);
        removedEntityIds = List.copyOf(removedEntityIds);
        removedSourceIds = List.copyOf(removedSourceIds);
        ordinals = Map.copyOf(ordinals);
    }

    public boolean isEmpty() {
        return putSources.isEmpty() && putEntities.isEmpty() && putRelationships.isEmpty()
                && removedRelationships.isEmpty() && removedEntityIds.isEmpty() && removedSourceIds.isEmpty();
    }

    /** Where the item with this id stands in its list; new items without one go last. */
    public int ordinalOf(String id) {
        return ordinals.getOrDefault(id, Integer.MAX_VALUE);
    }
}

package org.solidarityatlas.ui.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.store.GraphEdit;
import org.solidarityatlas.ui.stories.StoryDocument;

/**
 * What one edit puts and removes, gathered against the dataset before it, and turned into the dataset after it
 * (items keep their places; new ones go last) and the store's forward and backward changes. Removing an entity
 * removes its relationships too, and story steps stop focusing on it (or focus on the entity it merged into).
 */
final class DatasetChange {

    private final Dataset before;
    private final Map<String, Source> putSources = new LinkedHashMap<>();
    private final Map<String, Entity> putEntities = new LinkedHashMap<>();
    private final Map<String, Relationship> putRelationships = new LinkedHashMap<>();
    private final Set<String> removedEntities = new LinkedHashSet<>();
    private final Set<String> removedRelationships = new LinkedHashSet<>();
    /** Entities merged away, and the one each merged into: story steps focusing on one follow it. */
    private final Map<String, String> mergedInto = new HashMap<>();

    DatasetChange(Dataset before) {
        this.before = before;
    }

    DatasetChange put(Source source) {
        putSources.put(source.id(), source);
        return this;
    }

    DatasetChange put(Entity entity) {
        putEntities.put(entity.id(), entity);
        return this;
    }

    DatasetChange put(Relationship relationship) {
        putRelationships.put(relationship.id(), relationship);
        removedRelationships.remove(relationship.id());
        return this;
    }

    /** Removes the entity with every relationship it has that is not put again. */
    DatasetChange removeEntity(String id) {
        removedEntities.add(id);
        for (Relationship r : before.relationships()) {
            if ((r.from().equals(id) || r.to().equals(id)) && !putRelationships.containsKey(r.id())) {
                removedRelationships.add(r.id());
            }
        }
        return this;
    }

    DatasetChange mergeInto(String goneId, String keptId) {
        mergedInto.put(goneId, keptId);
        return removeEntity(goneId);
    }

    DatasetChange removeRelationship(String id) {
        removedRelationships.add(id);
        putRelationships.remove(id);
        return this;
    }

    /**
     * The edit that makes this change in the document and the store; {@code description} is asked each time the
     * edit is named, so Undo says it in the language chosen since.
     */
    DatasetEdit edit(java.util.function.Supplier<String> description, StoryDocument document,
            Consumer<GraphEdit> store) {
        List<Source> sources = after(before.sources(), putSources, Set.of(), Source::id);
        List<Entity> entities = after(before.entities(), putEntities, removedEntities, Entity::id);
        List<Relationship> relationships = after(before.relationships(), putRelationships, removedRelationships,
                Relationship::id);
        List<Story> stories = removedEntities.isEmpty() ? before.stories() : storiesAfter();
        Dataset after = new Dataset(before.title(), before.description(), before.language(), sources, entities,
                relationships, stories, before.translations());
        return new DatasetEdit(description, document, store, after, forward(after), backward());
    }

    private GraphEdit forward(Dataset after) {
        Map<String, Integer> ordinals = new HashMap<>();
        place(ordinals, after.sources(), putSources.keySet(), Source::id);
        place(ordinals, after.entities(), putEntities.keySet(), Entity::id);
        place(ordinals, after.relationships(), putRelationships.keySet(), Relationship::id);
        // A relationship put again is removed first: its ends may have changed (a merge moves them).
        List<Relationship> removed = new ArrayList<>();
        for (Relationship r : before.relationships()) {
            if (removedRelationships.contains(r.id()) || putRelationships.containsKey(r.id())) {
                removed.add(r);
            }
        }
        return new GraphEdit(List.copyOf(putSources.values()), List.copyOf(putEntities.values()),
                List.copyOf(putRelationships.values()), removed, List.copyOf(removedEntities), List.of(), ordinals);
    }

    private GraphEdit backward() {
        Map<String, Integer> ordinals = new HashMap<>();
        List<Source> sources = new ArrayList<>();
        List<String> addedSources = new ArrayList<>();
        for (String id : putSources.keySet()) {
            beforeItem(before.sources(), id, Source::id, ordinals).ifPresentOrElse(sources::add,
                    () -> addedSources.add(id));
        }
        List<Entity> entities = new ArrayList<>();
        List<String> addedEntities = new ArrayList<>();
        for (String id : putEntities.keySet()) {
            beforeItem(before.entities(), id, Entity::id, ordinals).ifPresentOrElse(entities::add,
                    () -> addedEntities.add(id));
        }
        for (String id : removedEntities) {
            beforeItem(before.entities(), id, Entity::id, ordinals).ifPresent(entities::add);
        }
        List<Relationship> relationships = new ArrayList<>();
        for (Relationship r : before.relationships()) {
            if (removedRelationships.contains(r.id()) || putRelationships.containsKey(r.id())) {
                relationships.add(r);
            }
        }
        place(ordinals, before.relationships(), relationships.stream().map(Relationship::id).toList(),
                Relationship::id);
        return new GraphEdit(sources, entities, relationships, List.copyOf(putRelationships.values()),
                addedEntities, addedSources, ordinals);
    }

    private static <T> java.util.Optional<T> beforeItem(List<T> items, String id, Function<T, String> idOf,
            Map<String, Integer> ordinals) {
        for (int i = 0; i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                ordinals.put(id, i);
                return java.util.Optional.of(items.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static <T> void place(Map<String, Integer> ordinals, List<T> items, java.util.Collection<String> ids,
            Function<T, String> idOf) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> wanted = Set.copyOf(ids);
        for (int i = 0; i < items.size(); i++) {
            String id = idOf.apply(items.get(i));
            if (wanted.contains(id)) {
                ordinals.put(id, i);
            }
        }
    }

    /** The items in their places, replaced where put, without the removed; put items that are new go last. */
    private static <T> List<T> after(List<T> items, Map<String, T> put, Set<String> removed, Function<T, String> idOf) {
        if (put.isEmpty() && removed.isEmpty()) {
            return items;
        }
        List<T> result = new ArrayList<>(items.size() + put.size());
        Set<String> placed = new LinkedHashSet<>();
        for (T item : items) {
            String id = idOf.apply(item);
            if (removed.contains(id)) {
                continue;
            }
            T replacement = put.get(id);
            result.add(replacement == null ? item : replacement);
            if (replacement != null) {
                placed.add(id);
            }
        }
        put.forEach((id, item) -> {
            if (!placed.contains(id)) {
                result.add(item);
            }
        });
        return result;
    }

    private List<Story> storiesAfter() {
        List<Story> stories = new ArrayList<>();
        for (Story story : before.stories()) {
            List<StoryStep> steps = new ArrayList<>();
            for (StoryStep step : story.steps()) {
                steps.add(refocused(step));
            }
            stories.add(story.withSteps(steps));
        }
        return stories;
    }

    private StoryStep refocused(StoryStep step) {
        if (step.focus().stream().noneMatch(removedEntities::contains)) {
            return step;
        }
        Set<String> focus = new LinkedHashSet<>();
        for (String id : step.focus()) {
            String kept = removedEntities.contains(id) ? mergedInto.get(id) : id;
            if (kept != null) {
                focus.add(kept);
            }
        }
        return new StoryStep(step.title(), step.text(), step.notes(), step.from(), step.to(), List.copyOf(focus),
                step.types(), step.relationshipTypes(), step.depth(), step.translations());
    }
}

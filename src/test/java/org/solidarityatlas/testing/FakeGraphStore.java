package org.solidarityatlas.testing;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.store.GraphEdit;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.QueryResult;
import org.solidarityatlas.store.StoreException;

/**
 * A graph store held in memory, for view-model tests that should not start Neo4j. It keeps the contract the
 * view models rely on (all-or-nothing replace, accent- and case-blind search, a shortest path ignoring direction)
 * in the plainest way; the real store's own tests check Neo4j. It runs no Cypher.
 */
public final class FakeGraphStore implements GraphStore {

    private Dataset dataset;
    private StoreException refusal;
    private final AtomicInteger replacements = new AtomicInteger();
    private volatile boolean closed;

    /** An empty store, as on a first start. */
    public FakeGraphStore() {
    }

    public FakeGraphStore(Dataset stored) {
        dataset = stored;
    }

    /** Makes every later replace fail with this message (a full disk, a lost connection), changing nothing. */
    public FakeGraphStore failReplacingWith(String message) {
        return failReplacingWith(new StoreException(message));
    }

    /** Makes every later replace throw this, as the real store does (a {@code DiskFullException}, …). */
    public FakeGraphStore failReplacingWith(StoreException failure) {
        refusal = failure;
        return this;
    }

    public int replacements() {
        return replacements.get();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized boolean isEmpty() {
        return dataset == null;
    }

    @Override
    public synchronized void replaceDataset(Dataset replacement) {
        if (refusal != null) {
            throw refusal;
        }
        dataset = replacement;
        replacements.incrementAndGet();
    }

    @Override
    public synchronized Optional<Dataset> dataset() {
        return Optional.ofNullable(dataset);
    }

    @Override
    public synchronized List<SearchHit> search(String text, int limit) {
        if (dataset == null) {
            return List.of();
        }
        String wanted = folded(text);
        List<SearchHit> hits = new ArrayList<>();
        for (Entity e : dataset.entities()) {
            List<String> texts = new ArrayList<>(e.aliases());
            texts.add(e.name());
            if (e.description() != null) {
                texts.add(e.description());
            }
            if (texts.stream().anyMatch(t -> folded(t).contains(wanted)) && hits.size() < limit) {
                hits.add(new SearchHit(e, 1.0));
            }
        }
        return hits;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized Optional<GraphPath> shortestPath(String fromId, String toId) {
        if (dataset == null || dataset.entity(fromId).isEmpty() || dataset.entity(toId).isEmpty()) {
            return Optional.empty();
        }
        Map<String, Relationship> reachedBy = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        previous.put(fromId, null);
        Deque<String> queue = new ArrayDeque<>(List.of(fromId));
        while (!queue.isEmpty() && !previous.containsKey(toId)) {
            String at = queue.poll();
            for (Relationship r : dataset.relationships()) {
                if (r.from().equals(at) || r.to().equals(at)) {
                    String other = r.otherEnd(at);
                    if (!previous.containsKey(other)) {
                        previous.put(other, at);
                        reachedBy.put(other, r);
                        queue.add(other);
                    }
                }
            }
        }
        if (!previous.containsKey(toId)) {
            return Optional.empty();
        }
        List<Entity> entities = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (String at = toId; at != null; at = previous.get(at)) {
            entities.add(0, dataset.entity(at).orElseThrow());
            if (reachedBy.containsKey(at)) {
                relationships.add(0, reachedBy.get(at));
            }
        }
        return Optional.of(new GraphPath(entities, relationships));
    }

    @Override
    public synchronized Optional<EntityDetails> details(String entityId) {
        if (dataset == null) {
            return Optional.empty();
        }
        return dataset.entity(entityId).map(entity -> {
            List<EntityDetails.Link> links = new ArrayList<>();
            for (Relationship r : dataset.relationships()) {
                if (r.from().equals(entityId) || r.to().equals(entityId)) {
                    links.add(new EntityDetails.Link(r, dataset.entity(r.otherEnd(entityId)).orElseThrow(),
                            r.from().equals(entityId)));
                }
            }
            List<Source> cited = dataset.sources().stream().filter(s -> entity.sources().contains(s.id())).toList();
            return new EntityDetails(entity, links, cited);
        });
    }

    @Override
    public synchronized DatasetSummary summary() {
        Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            entities.put(type, 0L);
        }
        Map<String, Long> relationships = new LinkedHashMap<>();
        if (dataset != null) {
            dataset.entities().forEach(e -> entities.merge(e.type(), 1L, Long::sum));
            dataset.relationships().forEach(r -> relationships.merge(r.type(), 1L, Long::sum));
        }
        return new DatasetSummary(dataset == null ? "" : dataset.title(), entities, relationships);
    }

    @Override
    public QueryResult readOnlyQuery(String cypher, org.solidarityatlas.store.QueryLimits limits) {
        throw new IllegalStateException("the in-memory test store runs no Cypher");
    }

    /** Applies the edit to the dataset held, replacing items by id in place and adding new ones last. */
    @Override
    public synchronized void applyEdit(GraphEdit edit) {
        if (dataset == null) {
            throw new StoreException("cannot edit: the store holds no dataset");
        }
        java.util.Set<String> removedRelationships = new java.util.HashSet<>();
        edit.removedRelationships().forEach(r -> removedRelationships.add(r.id()));
        java.util.Set<String> removedEntities = new java.util.HashSet<>(edit.removedEntityIds());
        List<Source> sources = replaced(dataset.sources(), edit.putSources(), Source::id,
                java.util.Set.copyOf(edit.removedSourceIds()));
        List<Entity> entities = replaced(dataset.entities(), edit.putEntities(), Entity::id, removedEntities);
        List<Relationship> relationships = new ArrayList<>(dataset.relationships());
        relationships.removeIf(r -> removedEntities.contains(r.from()) || removedEntities.contains(r.to()));
        relationships = replaced(relationships, edit.putRelationships(), Relationship::id, removedRelationships);
        dataset = new Dataset(dataset.title(), dataset.description(), dataset.language(), sources, entities,
                relationships, dataset.stories(), dataset.translations());
    }

    private static <T> List<T> replaced(List<T> items, List<T> put, java.util.function.Function<T, String> id,
            java.util.Set<String> removed) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        removed.forEach(byId::remove);
        put.forEach(item -> byId.put(id.apply(item), item));
        return new ArrayList<>(byId.values());
    }

    @Override
    public String location() {
        return "the in-memory test store";
    }

    /** The filter's entities, most connected first, as a server would choose them. */
    @Override
    public org.solidarityatlas.store.DrawnWindow neighbourhood(org.solidarityatlas.model.GraphFilter filter,
            List<String> centre, int depth, int maxDrawn) {
        org.solidarityatlas.graph.LoadedGraph graph = new org.solidarityatlas.graph.LoadedGraph(dataset);
        java.util.Set<String> reached = graph.neighbourhood(filter, centre, depth);
        return new org.solidarityatlas.store.DrawnWindow(graph.among(reached), reached.size());
    }

    @Override
    public Optional<Dataset> outline() {
        return Optional.ofNullable(dataset).map(d -> new Dataset(d.title(), d.description(), d.language(),
                d.sources(), List.of(), List.of(), d.stories(), d.translations()));
    }

    @Override
    public Optional<org.solidarityatlas.model.TimeWindow> span() {
        return dataset == null ? Optional.empty() : org.solidarityatlas.graph.LoadedGraph.spanOf(dataset);
    }

    @Override
    public org.solidarityatlas.store.DrawnWindow drawnWindow(org.solidarityatlas.model.GraphFilter filter,
            int maxDrawn) {
        org.solidarityatlas.graph.LoadedGraph graph = new org.solidarityatlas.graph.LoadedGraph(dataset);
        org.solidarityatlas.graph.VisibleItems visible = graph.visibleItems(filter, java.util.Optional.empty());
        java.util.Map<String, Integer> degree = new java.util.HashMap<>();
        for (org.solidarityatlas.model.Relationship r : dataset.relationships()) {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        }
        java.util.List<org.solidarityatlas.model.Entity> chosen = dataset.entities().stream()
                .filter(e -> visible.entityIds().contains(e.id()))
                .sorted(java.util.Comparator.comparingInt(
                        (org.solidarityatlas.model.Entity e) -> -degree.getOrDefault(e.id(), 0)))
                .limit(maxDrawn).toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        chosen.forEach(e -> ids.add(e.id()));
        return new org.solidarityatlas.store.DrawnWindow(new org.solidarityatlas.model.Subgraph(chosen,
                dataset.relationships().stream().filter(r -> visible.relationshipIds().contains(r.id())
                        && ids.contains(r.from()) && ids.contains(r.to())).toList()),
                visible.entityIds().size());
    }

    @Override
    public void close() {
        closed = true;
    }
}

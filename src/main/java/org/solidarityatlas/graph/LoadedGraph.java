package org.solidarityatlas.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.model.YearRange;

/**
 * The in-memory visibility engine: the one place that decides what a filter shows, what a focus's neighbourhood
 * is, and which years a dataset spans, for the explorer, stories, slides and the benchmark alike (the store keeps
 * only search and shortest paths). Every item's interval is precomputed as epoch days in arrays, so a filter move
 * costs a pass over primitive arrays instead of a database round trip. The time test is
 * {@link Lifespan#overlaps(TimeWindow)} on those precomputed bounds, so it agrees with {@link GraphFilter}.
 */
public final class LoadedGraph {

    /** Most entities the network draws at once unless {@code atlas.maxDrawn} says otherwise. */
    public static final int DEFAULT_MAX_DRAWN = 10_000;

    private final Dataset dataset;
    private final List<Entity> entities;
    private final List<Relationship> relationships;
    private final Map<String, Integer> entityIndex = new HashMap<>();
    private final Map<String, Integer> relationshipIndex = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final List<String> relationshipTypes;

    private final int[] entityType;
    private final boolean[] entityDated;
    private final long[] entityFirst;
    private final long[] entityLast;

    private final int[] relationshipFrom;
    private final int[] relationshipTo;
    private final int[] relationshipType;
    private final boolean[] relationshipDated;
    private final long[] relationshipFirst;
    private final long[] relationshipLast;

    /** Relationship indexes touching each entity, for neighbourhoods and details without a query. */
    private final int[][] incident;

    private final Map<EntityType, Integer> entityTotals = new EnumMap<>(EntityType.class);
    private final Map<String, Integer> relationshipTotals = new TreeMap<>();
    private final Optional<TimeWindow> span;
    // The last answers, so that one computed off the JavaFX thread ahead of time is not computed again on it.
    private volatile Remembered<VisibleQuery, VisibleSet> lastVisible;
    private volatile Remembered<Set<String>, Subgraph> lastAmong;
    private volatile YearActivity yearActivity;
    private final AtomicLong visibleComputations = new AtomicLong();
    /** The most relationships any one entity has, for the drawing cap's count per degree. */
    private final int maxDegree;

    private record VisibleQuery(GraphFilter filter, Optional<Set<String>> restrictTo, int maxDrawn) {
    }

    private record Remembered<K, V>(K key, V value) {
    }

    /**
     * What a window knows of the whole dataset it is cut from: counts by type and the span. The filters offer
     * every type with its whole count and the whole span, while only the window's items are in memory.
     */
    public record Whole(Map<EntityType, Long> entitiesByType, Map<String, Long> relationshipsByType,
            Optional<TimeWindow> span) {

        public Whole {
            entitiesByType = Map.copyOf(entitiesByType);
            relationshipsByType = Map.copyOf(relationshipsByType);
        }
    }

    /** Null for a whole dataset in memory; the whole's counts and span for a window of it. */
    private final Whole whole;

    public LoadedGraph(Dataset dataset) {
        this(dataset, null);
    }

    /**
     * A window of a dataset too big to hold (one a server draws for the filters): its items are those given,
     * while its totals by type and its span are the whole's, so the filters look as over the whole dataset.
     */
    public static LoadedGraph window(Dataset window, Whole whole) {
        return new LoadedGraph(window, java.util.Objects.requireNonNull(whole));
    }

    private LoadedGraph(Dataset dataset, Whole whole) {
        this.whole = whole;
        this.dataset = dataset;
        this.entities = dataset.entities();
        int n = entities.size();
        entityType = new int[n];
        entityDated = new boolean[n];
        entityFirst = new long[n];
        entityLast = new long[n];
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            entityIndex.put(e.id(), i);
            entityType[i] = e.type().ordinal();
            entityTotals.merge(e.type(), 1, Integer::sum);
            Lifespan life = e.lifespan();
            entityDated[i] = life.isDated();
            entityFirst[i] = life.firstDay().map(LocalDate::toEpochDay).orElse(0L);
            entityLast[i] = life.lastDay().map(LocalDate::toEpochDay).orElse(0L);
        }

        // Relationships whose ends are unknown cannot be drawn; a valid dataset has none, so they are skipped.
        List<Relationship> kept = new ArrayList<>();
        for (Relationship r : dataset.relationships()) {
            if (entityIndex.containsKey(r.from()) && entityIndex.containsKey(r.to())) {
                kept.add(r);
            }
        }
        this.relationships = List.copyOf(kept);
        for (Relationship r : relationships) {
            relationshipTotals.merge(r.type(), 1, Integer::sum);
        }
        if (whole != null) {
            entityTotals.clear();
            whole.entitiesByType().forEach((type, count) -> entityTotals.put(type, count.intValue()));
            whole.relationshipsByType().forEach((type, count) -> relationshipTotals.put(type, count.intValue()));
        }
        this.relationshipTypes = List.copyOf(relationshipTotals.keySet());
        Map<String, Integer> typeIndex = new HashMap<>();
        for (int t = 0; t < relationshipTypes.size(); t++) {
            typeIndex.put(relationshipTypes.get(t), t);
        }

        int m = relationships.size();
        relationshipFrom = new int[m];
        relationshipTo = new int[m];
        relationshipType = new int[m];
        relationshipDated = new boolean[m];
        relationshipFirst = new long[m];
        relationshipLast = new long[m];
        int[] degree = new int[n];
        for (int j = 0; j < m; j++) {
            Relationship r = relationships.get(j);
            relationshipIndex.put(r.id(), j);
            relationshipFrom[j] = entityIndex.get(r.from());
            relationshipTo[j] = entityIndex.get(r.to());
            relationshipType[j] = typeIndex.get(r.type());
            Lifespan life = r.lifespan();
            relationshipDated[j] = life.isDated();
            relationshipFirst[j] = life.firstDay().map(LocalDate::toEpochDay).orElse(0L);
            relationshipLast[j] = life.lastDay().map(LocalDate::toEpochDay).orElse(0L);
            degree[relationshipFrom[j]]++;
            if (relationshipTo[j] != relationshipFrom[j]) {
                degree[relationshipTo[j]]++;
            }
        }
        incident = new int[n][];
        int most = 0;
        for (int i = 0; i < n; i++) {
            most = Math.max(most, degree[i]);
        }
        maxDegree = most;
        for (int i = 0; i < n; i++) {
            incident[i] = new int[degree[i]];
        }
        int[] filled = new int[n];
        for (int j = 0; j < m; j++) {
            int a = relationshipFrom[j];
            int b = relationshipTo[j];
            incident[a][filled[a]++] = j;
            if (b != a) {
                incident[b][filled[b]++] = j;
            }
        }
        for (Source s : dataset.sources()) {
            sources.put(s.id(), s);
        }
        span = whole != null ? whole.span() : spanOf(dataset);
    }

    /** Another window of the same whole as this one (which must be a window), holding the dataset's items. */
    public LoadedGraph sameWhole(Dataset window) {
        if (whole == null) {
            throw new IllegalStateException("not a window of a bigger dataset");
        }
        return new LoadedGraph(window, whole);
    }

    /** True when both are windows of the same whole: the same dataset, drawn for other filters. */
    public boolean isWindowOfSameWholeAs(LoadedGraph other) {
        return whole != null && other != null && whole == other.whole;
    }

    /** True when this holds a window of a bigger dataset: see {@link #window}. */
    public boolean isWindow() {
        return whole != null;
    }

    /** Entities in the whole dataset: those held, or the whole's count for a window. */
    public int entityCount() {
        return entityTotals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Relationships in the whole dataset: those held, or the whole's count for a window. */
    public int relationshipCount() {
        return relationshipTotals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Whole years from the earliest to the latest date written in the dataset (entities and relationships, open
     * ends left out); empty when nothing is dated. The one definition of a dataset's span, also for the command
     * line's summaries, which have no loaded graph.
     */
    public static Optional<TimeWindow> spanOf(Dataset dataset) {
        YearRange years = new YearRange();
        for (Entity e : dataset.entities()) {
            years.add(e.start());
            years.add(e.end());
        }
        for (Relationship r : dataset.relationships()) {
            years.add(r.start());
            years.add(r.end());
        }
        return years.window();
    }

    public Dataset dataset() {
        return dataset;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The relationships that can be drawn (both ends known). */
    public List<Relationship> relationships() {
        return relationships;
    }

    public Optional<Entity> entity(String id) {
        Integer i = entityIndex.get(id);
        return i == null ? Optional.empty() : Optional.of(entities.get(i));
    }

    public Optional<Relationship> relationship(String id) {
        Integer j = relationshipIndex.get(id);
        return j == null ? Optional.empty() : Optional.of(relationships.get(j));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The relationships that touch the entity, in dataset order; empty for an unknown id. */
    public List<Relationship> relationshipsOf(String entityId) {
        Integer i = entityIndex.get(entityId);
        if (i == null) {
            return List.of();
        }
        List<Relationship> result = new ArrayList<>(incident[i].length);
        for (int j : incident[i]) {
            result.add(relationships.get(j));
        }
        return result;
    }

    /** The whole dataset as one subgraph. */
    public Subgraph whole() {
        return new Subgraph(entities, relationships);
    }

    /** The given entities (unknown ids ignored) and every relationship among them, in dataset order. */
    public Subgraph among(Set<String> entityIds) {
        Remembered<Set<String>, Subgraph> remembered = lastAmong;
        if (remembered != null && remembered.key() == entityIds) {
            return remembered.value();
        }
        Subgraph result = computeAmong(entityIds);
        lastAmong = new Remembered<>(entityIds, result);
        return result;
    }

    private Subgraph computeAmong(Set<String> entityIds) {
        // On a big dataset this runs on each filter move that draws new entities (a capped drawing).
        boolean[] in = new boolean[entities.size()];
        if (entityIds instanceof ItemIds indexed && indexed.indexes(entities)) {
            // A visible set's own ids: their indexes are at hand, no id needs looking up.
            for (int i = indexed.nextIndex(0); i >= 0; i = indexed.nextIndex(i + 1)) {
                in[i] = true;
            }
        } else {
            for (String id : entityIds) {
                Integer i = entityIndex.get(id);
                if (i != null) {
                    in[i] = true;
                }
            }
        }
        List<Entity> kept = new ArrayList<>(entityIds.size());
        long ends = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                kept.add(entities.get(i));
                ends += incident[i].length;
            }
        }
        // Few, lightly connected entities: walk their incident relationships. Many or hubs (a capped drawing is
        // the most connected entities): one pass in dataset order over the relationships' ends is cheaper than
        // walking and sorting most of them.
        List<Relationship> among = ends * 4 < relationships.size()
                ? RelationshipsAmong.byIncident(in, incident, relationshipFrom, relationshipTo, relationships)
                : RelationshipsAmong.byPass(in, relationshipFrom, relationshipTo, relationships,
                        (int) Math.min(relationships.size(), ends / 2 + 16));
        return new Subgraph(kept, among);
    }

    /** Relationship types present, sorted. */
    public List<String> relationshipTypes() {
        return relationshipTypes;
    }

    public int entityTotal(EntityType type) {
        return entityTotals.getOrDefault(type, 0);
    }

    public int relationshipTotal(String type) {
        return relationshipTotals.getOrDefault(type, 0);
    }

    /** Whole years from the earliest to the latest date written in the dataset; empty when nothing is dated. */
    public Optional<TimeWindow> span() {
        return span;
    }

    /**
     * Entities and relationships active in each year of the span, and the undated counts: the timeline's
     * histogram. Computed once (linear in the items), so the loader can compute it off the JavaFX thread.
     */
    public YearActivity yearActivity() {
        YearActivity known = yearActivity;
        if (known == null) {
            int undatedEntities = 0;
            int undatedRelationships = 0;
            for (boolean d : entityDated) {
                undatedEntities += d ? 0 : 1;
            }
            for (boolean d : relationshipDated) {
                undatedRelationships += d ? 0 : 1;
            }
            known = span.isEmpty() ? YearActivity.none(undatedEntities, undatedRelationships)
                    : YearActivity.of(span.get().firstYear(), span.get().lastYear(), entityDated, entityFirst,
                            entityLast, relationshipDated, relationshipFirst, relationshipLast);
            yearActivity = known;
        }
        return known;
    }

    /**
     * What the filter shows, optionally restricted to a set of entity ids (a focused neighbourhood).
     * A relationship shows when it passes the filter and both its ends show.
     */
    public VisibleSet visible(GraphFilter filter, Optional<Set<String>> restrictTo) {
        return visible(filter, restrictTo, Integer.MAX_VALUE);
    }

    /**
     * As {@link #visible(GraphFilter, Optional)}, drawing at most {@code maxDrawn} entities: when more pass, the
     * most connected (by relationships in the whole dataset, ties in dataset order) are kept, so hubs stay put as
     * the window moves, and only relationships between kept entities show.
     */
    public VisibleSet visible(GraphFilter filter, Optional<Set<String>> restrictTo, int maxDrawn) {
        VisibleQuery query = new VisibleQuery(filter, restrictTo, maxDrawn);
        Remembered<VisibleQuery, VisibleSet> remembered = lastVisible;
        if (remembered != null && remembered.key().equals(query)) {
            return remembered.value();
        }
        VisibleSet result = computeVisible(filter, restrictTo, maxDrawn);
        lastVisible = new Remembered<>(query, result);
        return result;
    }

    private VisibleSet computeVisible(GraphFilter filter, Optional<Set<String>> restrictTo, int maxDrawn) {
        visibleComputations.incrementAndGet();
        boolean[] relationshipTypeShown = admittedRelationshipTypes(filter);
        boolean windowed = filter.window().isPresent();
        long windowFirst = filter.window().map(w -> w.firstDay().toEpochDay()).orElse(0L);
        long windowLast = filter.window().map(w -> w.lastDay().toEpochDay()).orElse(0L);
        boolean undated = filter.includeUndated();
        Set<String> only = restrictTo.orElse(null);

        int n = entities.size();
        boolean[] shown = admittedEntities(filter);
        int admitted = 0;
        for (int i = 0; i < n; i++) {
            if (shown[i] && only != null && !only.contains(entities.get(i).id())) {
                shown[i] = false;
            }
            if (shown[i]) {
                admitted++;
            }
        }
        if (admitted > maxDrawn) {
            keepMostConnected(shown, Math.max(0, maxDrawn));
        }
        // The ids as bits over the item indexes: no id is hashed, so a move stays a pass over primitive arrays.
        int[] byType = new int[EntityType.values().length];
        long[] entityWords = new long[(n + 63) / 64];
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                byType[entityType[i]]++;
                entityWords[i >>> 6] |= 1L << i;
            }
        }
        int[] byRelationshipType = new int[relationshipTypes.size()];
        long[] relationshipWords = new long[(relationships.size() + 63) / 64];
        for (int j = 0; j < relationships.size(); j++) {
            boolean show = shown[relationshipFrom[j]] && shown[relationshipTo[j]]
                    && relationshipTypeShown[relationshipType[j]]
                    && admitsTime(relationshipDated[j], relationshipFirst[j], relationshipLast[j], windowed,
                            windowFirst, windowLast, undated);
            if (show) {
                byRelationshipType[relationshipType[j]]++;
                relationshipWords[j >>> 6] |= 1L << j;
            }
        }
        Map<EntityType, Integer> entityCounts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entityCounts.put(t, byType[t.ordinal()]);
        }
        Map<String, Integer> relationshipCounts = new HashMap<>();
        for (int t = 0; t < relationshipTypes.size(); t++) {
            relationshipCounts.put(relationshipTypes.get(t), byRelationshipType[t]);
        }
        return new VisibleSet(
                new ItemIds(entities, i -> entities.get(i).id(), entityIndex, BitSet.valueOf(entityWords)),
                new ItemIds(relationships, j -> relationships.get(j).id(), relationshipIndex,
                        BitSet.valueOf(relationshipWords)),
                entityCounts, relationshipCounts, admitted);
    }

    /**
     * How many visible sets this graph has computed (answers it remembered are not counted): what a filter move
     * costs, counted rather than timed, so tests can check that one move computes one set.
     */
    public long visibleComputations() {
        return visibleComputations.get();
    }

    /** As {@link #visible(GraphFilter, Optional)}, as the ids alone (what stories and slides compare). */
    public VisibleItems visibleItems(GraphFilter filter, Optional<Set<String>> restrictTo) {
        VisibleSet shown = visible(filter, restrictTo);
        return new VisibleItems(shown.entityIds(), shown.relationshipIds());
    }

    /**
     * The focus entities and every entity within {@code depth} relationships of them, walking only the
     * relationships the filter shows, so a neighbourhood in 1994 is the one that existed in 1994. The explorer's
     * Focus and a story step's replay both ask this, so a step captured from a focus replays the same picture.
     * Focus ids are kept even when unknown or hidden (they then reach nothing); the order is focus first, then
     * by distance.
     */
    public Set<String> neighbourhood(GraphFilter filter, Collection<String> focus, int depth) {
        boolean[] shown = admittedEntities(filter);
        boolean[] walkable = admittedRelationshipTypes(filter);
        boolean windowed = filter.window().isPresent();
        long windowFirst = filter.window().map(w -> w.firstDay().toEpochDay()).orElse(0L);
        long windowLast = filter.window().map(w -> w.lastDay().toEpochDay()).orElse(0L);
        boolean undated = filter.includeUndated();

        Set<String> reached = new LinkedHashSet<>(focus);
        boolean[] seen = new boolean[entities.size()];
        int[] frontier = new int[focus.size()];
        int frontierSize = 0;
        for (String id : focus) {
            Integer i = entityIndex.get(id);
            if (i != null && !seen[i]) {
                seen[i] = true;
                frontier[frontierSize++] = i;
            }
        }
        for (int level = 0; level < depth && frontierSize > 0; level++) {
            int[] next = new int[16];
            int nextSize = 0;
            for (int f = 0; f < frontierSize; f++) {
                int a = frontier[f];
                for (int j : incident[a]) {
                    int b = relationshipFrom[j] == a ? relationshipTo[j] : relationshipFrom[j];
                    if (seen[b] || !shown[a] || !shown[b] || !walkable[relationshipType[j]]
                            || !admitsTime(relationshipDated[j], relationshipFirst[j], relationshipLast[j], windowed,
                                    windowFirst, windowLast, undated)) {
                        continue;
                    }
                    seen[b] = true;
                    reached.add(entities.get(b).id());
                    if (nextSize == next.length) {
                        next = Arrays.copyOf(next, nextSize * 2);
                    }
                    next[nextSize++] = b;
                }
            }
            frontier = next;
            frontierSize = nextSize;
        }
        return Collections.unmodifiableSet(reached);
    }

    /** Per entity: does the filter's type and time test admit it (before any focus or drawing cap)? */
    private boolean[] admittedEntities(GraphFilter filter) {
        boolean[] typeShown = new boolean[EntityType.values().length];
        for (EntityType t : filter.entityTypes()) {
            typeShown[t.ordinal()] = true;
        }
        boolean windowed = filter.window().isPresent();
        long windowFirst = filter.window().map(w -> w.firstDay().toEpochDay()).orElse(0L);
        long windowLast = filter.window().map(w -> w.lastDay().toEpochDay()).orElse(0L);
        boolean undated = filter.includeUndated();
        boolean[] shown = new boolean[entities.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = typeShown[entityType[i]]
                    && admitsTime(entityDated[i], entityFirst[i], entityLast[i], windowed, windowFirst, windowLast,
                            undated);
        }
        return shown;
    }

    /** Per relationship type index: does the filter show that type? */
    private boolean[] admittedRelationshipTypes(GraphFilter filter) {
        boolean[] shown = new boolean[relationshipTypes.size()];
        for (int t = 0; t < shown.length; t++) {
            String type = relationshipTypes.get(t);
            shown[t] = filter.relationshipTypes().map(types -> types.contains(type)).orElse(true);
        }
        return shown;
    }

    /**
     * Clears {@code shown} down to the {@code keep} entities with most relationships. A count per degree finds the
     * threshold in linear time, which matters at 100,000 entities on every filter move.
     */
    private void keepMostConnected(boolean[] shown, int keep) {
        int[] withDegree = new int[maxDegree + 1];
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) {
                withDegree[incident[i].length]++;
            }
        }
        int threshold = maxDegree;
        int above = 0;
        while (threshold > 0 && above + withDegree[threshold] < keep) {
            above += withDegree[threshold];
            threshold--;
        }
        int atThreshold = keep - above;
        for (int i = 0; i < shown.length; i++) {
            if (!shown[i]) {
                continue;
            }
            int degree = incident[i].length;
            if (degree < threshold) {
                shown[i] = false;
            } else if (degree == threshold) {
                if (atThreshold > 0) {
                    atThreshold--;
                } else {
                    shown[i] = false;
                }
            }
        }
    }

    private static boolean admitsTime(boolean dated, long first, long last, boolean windowed, long windowFirst,
            long windowLast, boolean includeUndated) {
        if (!dated) {
            return includeUndated;
        }
        return !windowed || (first <= windowLast && last >= windowFirst);
    }
}

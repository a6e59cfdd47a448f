package org.solidarityatlas.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * The loaded dataset prepared for filtering in memory: every item's interval is precomputed as epoch days in
 * arrays, so a filter move costs a pass over primitive arrays instead of a database round trip. The time test
 * is {@link Lifespan#overlaps(TimeWindow)} on those precomputed bounds, so it agrees with {@link GraphFilter}.
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

    private record VisibleQuery(GraphFilter filter, Optional<Set<String>> restrictTo, int maxDrawn) {
    }

    private record Remembered<K, V>(K key, V value) {
    }

    public LoadedGraph(Dataset dataset) {
        this.dataset = dataset;
        this.entities = dataset.entities();
        int n = entities.size();
        entityType = new int[n];
        entityDated = new boolean[n];
        entityFirst = new long[n];
        entityLast = new long[n];
        YearRange years = new YearRange();
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            entityIndex.put(e.id(), i);
            entityType[i] = e.type().ordinal();
            entityTotals.merge(e.type(), 1, Integer::sum);
            Lifespan life = e.lifespan();
            entityDated[i] = life.isDated();
            entityFirst[i] = life.firstDay().map(LocalDate::toEpochDay).orElse(0L);
            entityLast[i] = life.lastDay().map(LocalDate::toEpochDay).orElse(0L);
            years.add(e.start());
            years.add(e.end());
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
            years.add(r.start());
            years.add(r.end());
            degree[relationshipFrom[j]]++;
            if (relationshipTo[j] != relationshipFrom[j]) {
                degree[relationshipTo[j]]++;
            }
        }
        incident = new int[n][];
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
        span = years.window();
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
        boolean[] in = new boolean[entities.size()];
        List<Entity> kept = new ArrayList<>(entityIds.size());
        for (int i = 0; i < in.length; i++) {
            in[i] = entityIds.contains(entities.get(i).id());
            if (in[i]) {
                kept.add(entities.get(i));
            }
        }
        List<Relationship> among = new ArrayList<>();
        for (int j = 0; j < relationships.size(); j++) {
            if (in[relationshipFrom[j]] && in[relationshipTo[j]]) {
                among.add(relationships.get(j));
            }
        }
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
        boolean[] typeShown = new boolean[EntityType.values().length];
        for (EntityType t : filter.entityTypes()) {
            typeShown[t.ordinal()] = true;
        }
        boolean[] relationshipTypeShown = new boolean[relationshipTypes.size()];
        for (int t = 0; t < relationshipTypeShown.length; t++) {
            String type = relationshipTypes.get(t);
            relationshipTypeShown[t] = filter.relationshipTypes().map(types -> types.contains(type)).orElse(true);
        }
        boolean windowed = filter.window().isPresent();
        long windowFirst = filter.window().map(w -> w.firstDay().toEpochDay()).orElse(0L);
        long windowLast = filter.window().map(w -> w.lastDay().toEpochDay()).orElse(0L);
        boolean undated = filter.includeUndated();
        Set<String> only = restrictTo.orElse(null);

        int n = entities.size();
        boolean[] shown = new boolean[n];
        int admitted = 0;
        for (int i = 0; i < n; i++) {
            shown[i] = typeShown[entityType[i]]
                    && admitsTime(entityDated[i], entityFirst[i], entityLast[i], windowed, windowFirst, windowLast,
                            undated)
                    && (only == null || only.contains(entities.get(i).id()));
            if (shown[i]) {
                admitted++;
            }
        }
        if (admitted > maxDrawn) {
            keepMostConnected(shown, Math.max(0, maxDrawn));
        }
        int[] byType = new int[EntityType.values().length];
        Set<String> entityIds = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                byType[entityType[i]]++;
                entityIds.add(entities.get(i).id());
            }
        }
        int[] byRelationshipType = new int[relationshipTypes.size()];
        Set<String> relationshipIds = new HashSet<>();
        for (int j = 0; j < relationships.size(); j++) {
            boolean show = shown[relationshipFrom[j]] && shown[relationshipTo[j]]
                    && relationshipTypeShown[relationshipType[j]]
                    && admitsTime(relationshipDated[j], relationshipFirst[j], relationshipLast[j], windowed,
                            windowFirst, windowLast, undated);
            if (show) {
                byRelationshipType[relationshipType[j]]++;
                relationshipIds.add(relationships.get(j).id());
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
        return new VisibleSet(Collections.unmodifiableSet(entityIds), Collections.unmodifiableSet(relationshipIds),
                entityCounts, relationshipCounts, admitted);
    }

    /**
     * Clears {@code shown} down to the {@code keep} entities with most relationships. A count per degree finds the
     * threshold in linear time, which matters at 100,000 entities on every filter move.
     */
    private void keepMostConnected(boolean[] shown, int keep) {
        int maxDegree = 0;
        for (int[] touching : incident) {
            maxDegree = Math.max(maxDegree, touching.length);
        }
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

package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.model.TimeWindow;

/**
 * The store's read queries, shared by the embedded database and the Bolt driver: each method runs parameterised
 * Cypher through a {@link CypherReading}, one read transaction on the current generation, and turns the rows into
 * model records. Only how a query reaches the database differs between the two stores.
 */
final class GraphQueries {
    // Every query reads the current generation only (see DatasetImport); $generation is null when none is.
    static final String DATASET = "MATCH (d:Dataset {current: true}) RETURN d {.*} AS d";

    // The dated branch is a range seek on the date indexes; undated entities have no bounds at all. The
    // selection is ranked on the server: degree is read from the node itself, so nothing but the window's
    // entities is touched, and only the drawn ones travel.
    private static final String DRAWN_ENTITIES = """
            CALL () {
              MATCH (n:Entity) WHERE n.lastDay >= $firstDay AND n.firstDay <= $lastDay RETURN n
              UNION ALL
              MATCH (n:Entity) WHERE $includeUndated AND n.firstDay IS NULL RETURN n
            }
            WITH n WHERE n.generation = $generation AND n.type IN $types
            WITH n ORDER BY COUNT { (n)--() } DESC, n.ordinal
            WITH collect(n) AS visible
            RETURN size(visible) AS total, [m IN visible[0..$maxDrawn] | m {.*}] AS drawn""";

    private static final String RELATIONSHIPS_FROM = """
            UNWIND $ids AS id
            MATCH (:Entity {generation: $generation, id: id})-[r]->(:Entity)
            WHERE ($allRelationshipTypes OR r.type IN $relationshipTypes)
              AND CASE WHEN r.firstDay IS NULL THEN $includeUndated
                       ELSE r.firstDay <= $lastDay AND r.lastDay >= $firstDay END
            RETURN r {.*, from: startNode(r).id, to: endNode(r).id} AS r""";

    // The full-text procedure yields hits best first; filtering keeps that order.
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WITH node, score WHERE node.generation = $generation
            RETURN node {.*} AS n, score LIMIT $limit""";

    private static final String ENTITY_BY_ID =
            "MATCH (n:Entity {generation: $generation, id: $id}) RETURN n {.*} AS n";

    private static final String SHORTEST_PATH = """
            MATCH (a:Entity {generation: $generation, id: $from}), (b:Entity {generation: $generation, id: $to})
            MATCH p = shortestPath((a)-[*]-(b))
            RETURN [n IN nodes(p) | n {.*}] AS entities,
                   [r IN relationships(p) | r {.*, from: startNode(r).id, to: endNode(r).id}] AS relationships""";

    private static final String LINKS = """
            MATCH (:Entity {generation: $generation, id: $id})-[r]-(o:Entity)
            RETURN r {.*, from: startNode(r).id, to: endNode(r).id} AS r, o {.*} AS o ORDER BY r.ordinal""";

    private static final String SOURCES_BY_ID =
            "MATCH (s:Source {generation: $generation}) WHERE s.id IN $ids RETURN s {.*} AS s";

    private static final String ENTITIES_BY_TYPE =
            "MATCH (n:Entity {generation: $generation}) RETURN n.type AS type, count(*) AS count";
    private static final String RELATIONSHIPS_BY_TYPE =
            "MATCH (:Entity {generation: $generation})-[r]->(:Entity) RETURN r.type AS type, count(*) AS count";

    // The whole current dataset, for a store that cannot walk the graph directly (the embedded one can: see
    // StoredDataset). Rows are sorted here rather than by the server, which would hold them all to sort.
    private static final String ALL_SOURCES = "MATCH (s:Source {generation: $generation}) RETURN s {.*} AS s";
    private static final String ALL_ENTITIES = "MATCH (n:Entity {generation: $generation}) RETURN n {.*} AS n";
    private static final String ALL_RELATIONSHIPS = """
            MATCH (a:Entity {generation: $generation})-[r]->(b:Entity)
            RETURN r {.*, from: a.id, to: b.id} AS r""";
    private static final String ALL_STORIES = "MATCH (s:Story {generation: $generation}) RETURN s {.*} AS s";
    private static final String ALL_STEPS = "MATCH (s:StoryStep {generation: $generation}) RETURN s {.*} AS s";

    private GraphQueries() {
    }

    /** The dataset marked current, as it was imported; empty when none is. */
    static Optional<Dataset> dataset(CypherReading reading) {
        if (reading.generation() == null) {
            return Optional.empty();
        }
        Map<String, Object> dataset = reading.column(DATASET, Map.of(), "d").get(0);
        List<Source> sources = inImportOrder(reading.column(ALL_SOURCES, Map.of(), "s")).stream()
                .map(PropertyMaps::source).toList();
        List<Entity> entities = inImportOrder(reading.column(ALL_ENTITIES, Map.of(), "n")).stream()
                .map(PropertyMaps::entity).toList();
        List<Relationship> relationships = inImportOrder(reading.column(ALL_RELATIONSHIPS, Map.of(), "r")).stream()
                .map(PropertyMaps::relationship).toList();
        Map<String, List<StoryStep>> steps = new HashMap<>();
        for (Map<String, Object> step : inImportOrder(reading.column(ALL_STEPS, Map.of(), "s"))) {
            steps.computeIfAbsent((String) step.get("story"), id -> new ArrayList<>())
                    .add(PropertyMaps.storyStep(step));
        }
        List<Story> stories = inImportOrder(reading.column(ALL_STORIES, Map.of(), "s")).stream()
                .map(story -> PropertyMaps.story(story, steps.getOrDefault((String) story.get("id"), List.of())))
                .toList();
        return Optional.of(new Dataset((String) dataset.get("title"), (String) dataset.get("description"),
                (String) dataset.get("language"), sources, entities, relationships, stories));
    }

    /** At most {@code maxDrawn} of the entities that pass the filter, chosen on the server: see {@link DrawnWindow}. */
    static DrawnWindow drawnWindow(CypherReading reading, GraphFilter filter, int maxDrawn) {
        if (maxDrawn < 0) {
            throw new IllegalArgumentException("maxDrawn must not be negative: " + maxDrawn);
        }
        Map<String, Object> parameters = filterParameters(filter);
        parameters.put("maxDrawn", maxDrawn);
        Map<String, Object> row = reading.rows(DRAWN_ENTITIES, parameters).get(0);
        List<Entity> drawn = inImportOrder(maps(row.get("drawn"))).stream().map(PropertyMaps::entity).toList();
        return new DrawnWindow(among(reading, drawn, parameters), ((Number) row.get("total")).intValue());
    }

    private static Map<String, Object> filterParameters(GraphFilter filter) {
        TimeWindow window = filter.window().orElse(new TimeWindow(Lifespan.BEGINNING, Lifespan.ONGOING));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("firstDay", window.firstDay());
        parameters.put("lastDay", window.lastDay());
        parameters.put("includeUndated", filter.includeUndated());
        parameters.put("types", filter.entityTypes().stream().map(EntityType::id).toList());
        parameters.put("allRelationshipTypes", filter.relationshipTypes().isEmpty());
        parameters.put("relationshipTypes", List.copyOf(filter.relationshipTypes().orElse(Set.of())));
        return parameters;
    }

    /** The entities with the relationships among them that pass the filter, in import order. */
    private static Subgraph among(CypherReading reading, List<Entity> entities, Map<String, Object> parameters) {
        Set<String> shown = new HashSet<>();
        entities.forEach(entity -> shown.add(entity.id()));
        parameters.put("ids", List.copyOf(shown));
        List<Map<String, Object>> relationshipRows = new ArrayList<>(
                reading.column(RELATIONSHIPS_FROM, parameters, "r"));
        // A relationship shows only when its other end shows too.
        relationshipRows.removeIf(row -> !shown.contains((String) row.get("to")));
        relationshipRows.sort(Comparator.comparingInt(PropertyMaps::ordinal));
        return new Subgraph(entities, relationshipRows.stream().map(PropertyMaps::relationship).toList());
    }

    private static final int SEARCH_CANDIDATES = 100;

    static List<SearchHit> search(CypherReading reading, String text, int limit) {
        String query = SearchText.luceneQuery(text);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        // More candidates than asked for, so an exact name the score ranks low is still among them to move up.
        int candidates = Math.max(limit, Math.min(limit * 5, SEARCH_CANDIDATES));
        Map<String, Object> parameters = Map.of("index", GraphSchema.FULL_TEXT_INDEX, "query", query,
                "limit", candidates);
        // Nothing to find without a dataset; an import into the empty store may have dropped the index too.
        if (reading.generation() == null) {
            return List.of();
        }
        List<SearchHit> hits = reading.rows(SEARCH, parameters).stream()
                .map(row -> new SearchHit(entity(row.get("n")), ((Number) row.get("score")).doubleValue()))
                .toList();
        List<SearchHit> ranked = SearchText.ranked(text, hits);
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    static Optional<GraphPath> shortestPath(CypherReading reading, String fromId, String toId) {
        if (fromId.equals(toId)) {
            return reading.column(ENTITY_BY_ID, Map.of("id", fromId), "n").stream().findFirst()
                    .map(entity -> new GraphPath(List.of(PropertyMaps.entity(entity)), List.of()));
        }
        return reading.rows(SHORTEST_PATH, Map.of("from", fromId, "to", toId)).stream().findFirst()
                .map(row -> new GraphPath(
                        maps(row.get("entities")).stream().map(PropertyMaps::entity).toList(),
                        maps(row.get("relationships")).stream().map(PropertyMaps::relationship).toList()));
    }

    /** Sources are those the entity cites, then those its relationships cite, each once. */
    static Optional<EntityDetails> details(CypherReading reading, String entityId) {
        Optional<Map<String, Object>> found = reading.column(ENTITY_BY_ID, Map.of("id", entityId), "n").stream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entity entity = PropertyMaps.entity(found.get());
        Set<String> sourceIds = new LinkedHashSet<>(entity.sources());
        List<EntityDetails.Link> links = new ArrayList<>();
        for (Map<String, Object> link : reading.rows(LINKS, Map.of("id", entityId))) {
            Relationship relationship = PropertyMaps.relationship(properties(link.get("r")));
            sourceIds.addAll(relationship.sources());
            links.add(new EntityDetails.Link(relationship, entity(link.get("o")),
                    relationship.from().equals(entityId)));
        }
        Map<String, Source> sources = new HashMap<>();
        for (Map<String, Object> source : reading.column(SOURCES_BY_ID, Map.of("ids", List.copyOf(sourceIds)),
                "s")) {
            sources.put((String) source.get("id"), PropertyMaps.source(source));
        }
        List<Source> cited = sourceIds.stream().filter(sources::containsKey).map(sources::get).toList();
        return Optional.of(new EntityDetails(entity, links, cited));
    }

    /** The title is empty and every count zero when nothing is stored. */
    static DatasetSummary summary(CypherReading reading) {
        String title = reading.column(DATASET, Map.of(), "d").stream()
                .map(properties -> (String) properties.get("title")).findFirst().orElse("");
        Map<EntityType, Long> entitiesByType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            entitiesByType.put(type, 0L);
        }
        for (Map<String, Object> row : reading.rows(ENTITIES_BY_TYPE, Map.of())) {
            EntityType.fromId((String) row.get("type"))
                    .ifPresent(type -> entitiesByType.put(type, (Long) row.get("count")));
        }
        Map<String, Long> relationshipsByType = new LinkedHashMap<>();
        for (Map<String, Object> row : reading.rows(RELATIONSHIPS_BY_TYPE, Map.of())) {
            relationshipsByType.put((String) row.get("type"), (Long) row.get("count"));
        }
        return new DatasetSummary(title, entitiesByType, relationshipsByType);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Entity entity(Object value) {
        return PropertyMaps.entity(properties(value));
    }

    private static List<Map<String, Object>> inImportOrder(Iterable<Map<String, Object>> items) {
        List<Map<String, Object>> sorted = new ArrayList<>();
        items.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(PropertyMaps::ordinal));
        return sorted;
    }
}

package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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

    // A query that starts so finds the current generation itself, as `generation` (null when none is), instead of
    // taking $generation: over Bolt it then needs no query before it, and answers in one round trip.
    private static final String IN_CURRENT_GENERATION = """
            OPTIONAL MATCH (current:Dataset {current: true})
            WITH current.generation AS generation
            """;

    // The entities a filter admits. The dated branch is a range seek on entity_last_day (the planner may pick
    // entity_first_day instead); undated entities have no bounds to seek, so that branch scans the :Entity label
    // and is left out of the query text when the filter hides undated items (a parameter would not stop the scan).
    private static final String DATED_ENTITIES =
            "MATCH (n:Entity) WHERE n.lastDay >= $firstDay AND n.firstDay <= $lastDay RETURN n";
    private static final String UNDATED_ENTITIES = "MATCH (n:Entity) WHERE n.firstDay IS NULL RETURN n";

    // One pass over what the filter admits: each entity's degree is read from its own record (COUNT of one hop),
    // the admitted are sorted by it as node references (ties to the earlier in the file, as in memory), and their
    // number is the window's total. A top-k sort in a subquery would keep only the drawn, but the slotted runtime
    // counts the whole admitted list against every row it keeps, and runs out of transaction memory.
    private static final String DRAWN_ENTITIES = """
            WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.ordinal
            WITH collect(n) AS ranked
            WITH size(ranked) AS total, ranked[..$maxDrawn] AS drawn
            """;

    private static final String ENTITY_ADMITTED = """
            x.type IN $types AND CASE WHEN x.firstDay IS NULL THEN $includeUndated
                                     ELSE x.lastDay >= $firstDay AND x.firstDay <= $lastDay END""";
    private static final String RELATIONSHIP_ADMITTED = """
            ($allRelationshipTypes OR r.type IN $relationshipTypes)
              AND CASE WHEN r.firstDay IS NULL THEN $includeUndated
                       ELSE r.firstDay <= $lastDay AND r.lastDay >= $firstDay END""";

    // Walks only what the filter shows, as the graph engine's neighbourhood does; the depth is a whole number the
    // code writes in (Cypher takes no parameter there). DISTINCT ends let the planner prune the walk breadth first.
    private static final String NEIGHBOURHOOD = IN_CURRENT_GENERATION + """
            MATCH (c:Entity) WHERE c.generation = generation AND c.id IN $centre
            MATCH p = (c)-[*0..%d]-(m:Entity)
            WHERE all(x IN nodes(p) WHERE %s) AND all(r IN relationships(p) WHERE %s)
            WITH DISTINCT m LIMIT $maxDrawn
            WITH collect(m) AS drawn
            WITH size(drawn) AS total, drawn
            """;

    // The span's ends: written dates only (open ends are stored at the far bounds), read in index order.
    private static final String EARLIEST_ENTITY_DAY = """
            MATCH (n:Entity) WHERE n.firstDay > $beginning AND n.generation = $generation
            RETURN n.firstDay AS day ORDER BY n.firstDay LIMIT 1""";
    private static final String EARLIEST_ENTITY_END = """
            MATCH (n:Entity) WHERE n.lastDay < $ongoing AND n.generation = $generation
            RETURN n.lastDay AS day ORDER BY n.lastDay LIMIT 1""";
    private static final String LATEST_ENTITY_DAY = """
            MATCH (n:Entity) WHERE n.lastDay < $ongoing AND n.generation = $generation
            RETURN n.lastDay AS day ORDER BY n.lastDay DESC LIMIT 1""";
    private static final String LATEST_ENTITY_START = """
            MATCH (n:Entity) WHERE n.firstDay > $beginning AND n.generation = $generation
            RETURN n.firstDay AS day ORDER BY n.firstDay DESC LIMIT 1""";
    // Relationships have no date index (Neo4j's relationship indexes cost every write); this one scan runs once
    // per connection.
    private static final String RELATIONSHIP_DAYS = """
            MATCH (:Entity {generation: $generation})-[r]->(:Entity) WHERE r.firstDay IS NOT NULL
            WITH CASE WHEN r.firstDay > $beginning THEN r.firstDay END AS first,
                 CASE WHEN r.lastDay < $ongoing THEN r.lastDay END AS last
            RETURN min(first) AS earliestStart, max(first) AS latestStart, min(last) AS earliestEnd,
                   max(last) AS latestEnd""";

    // The drawn entities (a list `drawn` of nodes, and `total`) with the relationships among them that pass the
    // filter: each drawn entity's outgoing ones whose other end is drawn too, checked on the server (Cypher keeps a
    // list that IN tests again and again as a hash set), so that only those travel, all in one row.
    private static final String DRAWN_SUBGRAPH = """
            CALL (drawn) {
              UNWIND drawn AS a
              MATCH (a)-[r]->(b) WHERE b IN drawn AND %s
              RETURN collect(r {.*, from: a.id, to: b.id}) AS relationships
            }
            RETURN total, [n IN drawn | n {.*}] AS entities, relationships""";

    // The full-text procedure yields hits best first; filtering keeps that order.
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WITH node, score WHERE node.generation = $generation
            RETURN node {.*} AS n, score LIMIT $limit""";

    private static final String ENTITY_BY_ID = IN_CURRENT_GENERATION
            + "MATCH (n:Entity {generation: generation, id: $id}) RETURN n {.*} AS n";

    private static final String SHORTEST_PATH = IN_CURRENT_GENERATION + """
            MATCH (a:Entity {generation: generation, id: $from}), (b:Entity {generation: generation, id: $to})
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
        return Optional.of(new Dataset((String) dataset.get("title"), (String) dataset.get("description"),
                (String) dataset.get("language"), sources, entities, relationships, stories(reading)));
    }

    private static List<Story> stories(CypherReading reading) {
        Map<String, List<StoryStep>> steps = new HashMap<>();
        for (Map<String, Object> step : inImportOrder(reading.column(ALL_STEPS, Map.of(), "s"))) {
            steps.computeIfAbsent((String) step.get("story"), id -> new ArrayList<>())
                    .add(PropertyMaps.storyStep(step));
        }
        return inImportOrder(reading.column(ALL_STORIES, Map.of(), "s")).stream()
                .map(story -> PropertyMaps.story(story, steps.getOrDefault((String) story.get("id"), List.of())))
                .toList();
    }

    /** At most {@code maxDrawn} of the entities that pass the filter, chosen on the server: see {@link DrawnWindow}. */
    static DrawnWindow drawnWindow(CypherReading reading, GraphFilter filter, int maxDrawn) {
        if (maxDrawn < 0) {
            throw new IllegalArgumentException("maxDrawn must not be negative: " + maxDrawn);
        }
        Map<String, Object> parameters = filterParameters(filter);
        parameters.put("maxDrawn", maxDrawn);
        return window(reading.rows(admittedEntities(filter) + DRAWN_ENTITIES + drawnSubgraph(), parameters));
    }

    /** The query text that yields, as {@code n}, each entity of the current generation the filter admits. */
    static String admittedEntities(GraphFilter filter) {
        String union = filter.includeUndated() ? DATED_ENTITIES + "\n  UNION ALL\n  " + UNDATED_ENTITIES
                : DATED_ENTITIES;
        return "CALL () {\n  " + union + "\n}\nWITH n WHERE n.generation = $generation AND n.type IN $types\n";
    }

    /**
     * The centre entities and those within {@code depth} relationships of them, walking only what the filter
     * shows, with the relationships among them that pass it; at most {@code maxDrawn} entities.
     */
    static DrawnWindow neighbourhood(CypherReading reading, GraphFilter filter, List<String> centre, int depth,
            int maxDrawn) {
        if (depth < 0 || depth > 6) {
            throw new IllegalArgumentException("depth must be 0 to 6: " + depth);
        }
        Map<String, Object> parameters = filterParameters(filter);
        parameters.put("centre", List.copyOf(centre));
        parameters.put("maxDrawn", maxDrawn);
        String query = String.format(java.util.Locale.ROOT, NEIGHBOURHOOD, depth, ENTITY_ADMITTED,
                RELATIONSHIP_ADMITTED);
        return window(reading.rows(query + drawnSubgraph(), parameters));
    }

    /**
     * Whole years from the earliest to the latest date written in the stored dataset, as
     * {@code LoadedGraph.spanOf} gives for the dataset in memory; empty when nothing is dated.
     */
    static Optional<TimeWindow> span(CypherReading reading) {
        if (reading.generation() == null) {
            return Optional.empty();
        }
        Map<String, Object> bounds = Map.of("beginning", Lifespan.BEGINNING, "ongoing", Lifespan.ONGOING);
        List<java.time.LocalDate> days = new ArrayList<>();
        for (String query : List.of(EARLIEST_ENTITY_DAY, EARLIEST_ENTITY_END, LATEST_ENTITY_DAY,
                LATEST_ENTITY_START)) {
            reading.rows(query, bounds).forEach(row -> days.add((java.time.LocalDate) row.get("day")));
        }
        Map<String, Object> relationshipDays = reading.rows(RELATIONSHIP_DAYS, bounds).get(0);
        relationshipDays.values().stream().filter(java.util.Objects::nonNull)
                .forEach(day -> days.add((java.time.LocalDate) day));
        if (days.isEmpty()) {
            return Optional.empty();
        }
        int first = days.stream().mapToInt(java.time.LocalDate::getYear).min().getAsInt();
        int last = days.stream().mapToInt(java.time.LocalDate::getYear).max().getAsInt();
        return Optional.of(TimeWindow.ofYears(first, last));
    }

    /** The stored dataset without its entities and relationships: title, sources, stories and translations. */
    static Optional<Dataset> outline(CypherReading reading) {
        if (reading.generation() == null) {
            return Optional.empty();
        }
        Map<String, Object> dataset = reading.column(DATASET, Map.of(), "d").get(0);
        List<Source> sources = inImportOrder(reading.column(ALL_SOURCES, Map.of(), "s")).stream()
                .map(PropertyMaps::source).toList();
        return Optional.of(new Dataset((String) dataset.get("title"), (String) dataset.get("description"),
                (String) dataset.get("language"), sources, List.of(), List.of(), stories(reading),
                PropertyMaps.translations(dataset)));
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

    private static String drawnSubgraph() {
        return String.format(java.util.Locale.ROOT, DRAWN_SUBGRAPH, RELATIONSHIP_ADMITTED);
    }

    /** The one row of a window's query: its total, its entities and relationships, each in import order. */
    private static DrawnWindow window(List<Map<String, Object>> rows) {
        Map<String, Object> row = rows.get(0);
        List<Entity> entities = inImportOrder(maps(row.get("entities"))).stream().map(PropertyMaps::entity).toList();
        List<Map<String, Object>> relationshipRows = new ArrayList<>(maps(row.get("relationships")));
        relationshipRows.sort(Comparator.comparingInt(PropertyMaps::ordinal));
        return new DrawnWindow(new Subgraph(entities, relationshipRows.stream().map(PropertyMaps::relationship)
                .toList()), ((Number) row.get("total")).intValue());
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

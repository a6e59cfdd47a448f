package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/**
 * Reads the whole current dataset back with Neo4j's core API. Reading everything needs no query planning, and on
 * a database just opened the first Cypher queries are compiled, which takes seconds of the explorer's start-up.
 */
final class StoredDataset {

    private static final Label DATASET = Label.label("Dataset");
    private static final Label ENTITY = Label.label("Entity");
    private static final Label SOURCE = Label.label("Source");
    private static final Label STORY = Label.label("Story");
    private static final Label STORY_STEP = Label.label("StoryStep");
    private static final Comparator<Map<String, Object>> BY_ORDINAL = Comparator.comparingInt(PropertyMaps::ordinal);

    private StoredDataset() {
    }

    /** The dataset marked current, or empty when the database holds none. */
    static Optional<Dataset> read(Transaction transaction) {
        Optional<Map<String, Object>> current = first(transaction, DATASET, "current", true);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        String generation = (String) current.get().get("generation");
        List<Source> sources = ordered(transaction, SOURCE, generation).stream().map(PropertyMaps::source).toList();
        List<Map<String, Object>> entityRows = new ArrayList<>();
        List<Map<String, Object>> relationshipRows = new ArrayList<>();
        try (ResourceIterator<Node> nodes = transaction.findNodes(ENTITY, "generation", generation)) {
            nodes.forEachRemaining(node -> {
                Map<String, Object> properties = node.getAllProperties();
                entityRows.add(properties);
                for (org.neo4j.graphdb.Relationship r : node.getRelationships(Direction.OUTGOING)) {
                    Node end = r.getEndNode();
                    if (end.hasLabel(ENTITY)) {
                        Map<String, Object> row = new HashMap<>(r.getAllProperties());
                        row.put("from", properties.get("id"));
                        row.put("to", end.getProperty("id"));
                        relationshipRows.add(row);
                    }
                }
            });
        }
        entityRows.sort(BY_ORDINAL);
        relationshipRows.sort(BY_ORDINAL);
        List<Entity> entities = entityRows.stream().map(PropertyMaps::entity).toList();
        List<Relationship> relationships = relationshipRows.stream().map(PropertyMaps::relationship).toList();
        Map<String, Object> dataset = current.get();
        return Optional.of(new Dataset((String) dataset.get("title"), (String) dataset.get("description"),
                (String) dataset.get("language"), sources, entities, relationships, stories(transaction, generation),
                PropertyMaps.translations(dataset)));
    }

    private static List<Story> stories(Transaction transaction, String generation) {
        Map<String, List<StoryStep>> stepsByStory = new HashMap<>();
        for (Map<String, Object> step : ordered(transaction, STORY_STEP, generation)) {
            stepsByStory.computeIfAbsent((String) step.get("story"), id -> new ArrayList<>())
                    .add(PropertyMaps.storyStep(step));
        }
        List<Story> stories = new ArrayList<>();
        for (Map<String, Object> story : ordered(transaction, STORY, generation)) {
            stories.add(PropertyMaps.story(story, stepsByStory.getOrDefault((String) story.get("id"), List.of())));
        }
        return stories;
    }

    /** The properties of the generation's nodes with the label, in the order they had in the file. */
    private static List<Map<String, Object>> ordered(Transaction transaction, Label label, String generation) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResourceIterator<Node> nodes = transaction.findNodes(label, "generation", generation)) {
            nodes.forEachRemaining(node -> rows.add(node.getAllProperties()));
        }
        rows.sort(BY_ORDINAL);
        return rows;
    }

    private static Optional<Map<String, Object>> first(Transaction transaction, Label label, String key, Object value) {
        try (ResourceIterator<Node> nodes = transaction.findNodes(label, key, value)) {
            return nodes.hasNext() ? Optional.of(nodes.next().getAllProperties()) : Optional.empty();
        }
    }
}

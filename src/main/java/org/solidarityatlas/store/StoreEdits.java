package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * Applies a {@link GraphEdit} to the current generation in one transaction, node by node, the way
 * {@link DatasetImport} writes them (same labels, properties and relationship types), so that what an edit
 * stores reads back as an import of the edited dataset would.
 */
final class StoreEdits {

    private static final Label ENTITY = Label.label("Entity");
    private static final Label SOURCE = Label.label("Source");
    private static final String GENERATION = "generation";

    private final GraphDatabaseService database;

    StoreEdits(GraphDatabaseService database) {
        this.database = database;
    }

    void apply(GraphEdit edit) {
        try (Transaction transaction = database.beginTx()) {
            String generation = currentGeneration(transaction);
            for (Source source : edit.putSources()) {
                Node node = find(transaction, SOURCE, generation, source.id())
                        .orElseGet(() -> created(transaction, generation, SOURCE));
                replaceProperties(node, generation, PropertyMaps.of(source, edit.ordinalOf(source.id())));
            }
            for (Relationship removed : edit.removedRelationships()) {
                find(transaction, ENTITY, generation, removed.from())
                        .ifPresent(from -> deleteRelationship(from, removed.id()));
            }
            for (String id : edit.removedEntityIds()) {
                find(transaction, ENTITY, generation, id).ifPresent(node -> {
                    List<org.neo4j.graphdb.Relationship> links = new ArrayList<>();
                    node.getRelationships().forEach(links::add);
                    links.forEach(org.neo4j.graphdb.Relationship::delete);
                    node.delete();
                });
            }
            for (Entity entity : edit.putEntities()) {
                Node node = find(transaction, ENTITY, generation, entity.id())
                        .orElseGet(() -> created(transaction, generation, ENTITY));
                for (EntityType type : EntityType.values()) {
                    node.removeLabel(Label.label(type.label()));
                }
                node.addLabel(Label.label(entity.type().label()));
                replaceProperties(node, generation, PropertyMaps.of(entity, edit.ordinalOf(entity.id())));
            }
            for (Relationship relationship : edit.putRelationships()) {
                Node from = requireEntity(transaction, generation, relationship, relationship.from());
                Node to = requireEntity(transaction, generation, relationship, relationship.to());
                deleteRelationship(from, relationship.id());
                RelationshipType type = RelationshipType.withName(relationship.type().toUpperCase(Locale.ROOT));
                DatasetImport.setProperties(from.createRelationshipTo(to, type),
                        PropertyMaps.of(relationship, edit.ordinalOf(relationship.id())));
            }
            for (String id : edit.removedSourceIds()) {
                find(transaction, SOURCE, generation, id).ifPresent(Node::delete);
            }
            transaction.commit();
        }
    }

    private static String currentGeneration(Transaction transaction) {
        try (Result result = transaction.execute(DatasetImport.CURRENT_GENERATION)) {
            if (!result.hasNext()) {
                throw new StoreException("cannot edit: the database holds no dataset");
            }
            return (String) result.next().get(GENERATION);
        }
    }

    private static Optional<Node> find(Transaction transaction, Label label, String generation, String id) {
        try (ResourceIterator<Node> nodes = transaction.findNodes(label, GENERATION, generation, "id", id)) {
            return nodes.hasNext() ? Optional.of(nodes.next()) : Optional.empty();
        }
    }

    private static Node requireEntity(Transaction transaction, String generation, Relationship relationship,
            String entityId) {
        return find(transaction, ENTITY, generation, entityId).orElseThrow(() -> new StoreException(
                "cannot store relationship \"" + relationship.id() + "\": no entity \"" + entityId + "\""));
    }

    private static Node created(Transaction transaction, String generation, Label label) {
        Node node = transaction.createNode(label);
        node.setProperty(GENERATION, generation);
        return node;
    }

    /** The node's properties become these (absent values and empty lists left out, as the import does). */
    private static void replaceProperties(Node node, String generation, Map<String, Object> properties) {
        for (String key : node.getPropertyKeys()) {
            node.removeProperty(key);
        }
        node.setProperty(GENERATION, generation);
        DatasetImport.setProperties(node, properties);
    }

    private static void deleteRelationship(Node from, String id) {
        List<org.neo4j.graphdb.Relationship> matching = new ArrayList<>();
        for (org.neo4j.graphdb.Relationship r : from.getRelationships(Direction.OUTGOING)) {
            if (id.equals(r.getProperty("id", null))) {
                matching.add(r);
            }
        }
        matching.forEach(org.neo4j.graphdb.Relationship::delete);
    }
}

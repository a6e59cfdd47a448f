package org.solidarityatlas.store;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * Applies a {@link GraphEdit} on a Neo4j server in one write transaction, storing what {@link StoreEdits} stores
 * in the embedded database (same labels, properties and relationship types), so both stores read back alike.
 */
final class BoltEdits {

    private static final String CURRENT = "MATCH (d:Dataset {current: true}) RETURN d.generation AS generation";
    private static final String PUT_SOURCE =
            "MERGE (s:Source {generation: $generation, id: $id}) SET s = $properties";
    private static final String DELETE_SOURCE = "MATCH (s:Source {generation: $generation, id: $id}) DELETE s";
    private static final String DELETE_RELATIONSHIP =
            "MATCH (:Entity {generation: $generation, id: $from})-[r]->(:Entity) WHERE r.id = $id DELETE r";
    private static final String DELETE_ENTITY =
            "MATCH (n:Entity {generation: $generation, id: $id}) DETACH DELETE n";
    private static final String PUT_RELATIONSHIP = """
            MATCH (a:Entity {generation: $generation, id: $from})
            MATCH (b:Entity {generation: $generation, id: $to})
            CREATE (a)-[r:$($neo4jType)]->(b)
            SET r = $properties
            RETURN count(r) AS created""";
    private static final String ENTITY_COUNT =
            "MATCH (n:Entity {generation: $generation, id: $id}) RETURN count(n) AS found";
    private static final String TYPE_LABELS = String.join(":",
            List.of(EntityType.values()).stream().map(EntityType::label).toList());

    private final BoltGraphStore store;

    BoltEdits(BoltGraphStore store) {
        this.store = store;
    }

    void apply(GraphEdit edit) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(BoltGraphStore.WRITE_TIMEOUT).build();
        try (Session session = store.session(AccessMode.WRITE);
                Transaction transaction = session.beginTransaction(config)) {
            Result current = transaction.run(CURRENT);
            if (!current.hasNext()) {
                throw new StoreException("cannot edit: the server holds no dataset");
            }
            String generation = current.next().get("generation").asString();
            for (Source source : edit.putSources()) {
                Map<String, Object> properties = stored(PropertyMaps.of(source, edit.ordinalOf(source.id())));
                properties.put("generation", generation);
                run(transaction, PUT_SOURCE, generation, Map.of("id", source.id(), "properties", properties));
            }
            for (Relationship removed : edit.removedRelationships()) {
                run(transaction, DELETE_RELATIONSHIP, generation, Map.of("from", removed.from(), "id", removed.id()));
            }
            for (String id : edit.removedEntityIds()) {
                run(transaction, DELETE_ENTITY, generation, Map.of("id", id));
            }
            for (Entity entity : edit.putEntities()) {
                Map<String, Object> properties = stored(PropertyMaps.of(entity, edit.ordinalOf(entity.id())));
                properties.put("generation", generation);
                // The label comes from the fixed list of types, never from the data.
                run(transaction, "MERGE (n:Entity {generation: $generation, id: $id}) SET n = $properties REMOVE n:"
                        + TYPE_LABELS + " SET n:" + entity.type().label(), generation,
                        Map.of("id", entity.id(), "properties", properties));
            }
            for (Relationship relationship : edit.putRelationships()) {
                for (String end : List.of(relationship.from(), relationship.to())) {
                    if (transaction.run(ENTITY_COUNT, Map.of("generation", generation, "id", end)).single()
                            .get("found").asLong() == 0) {
                        throw new StoreException("cannot store relationship \"" + relationship.id()
                                + "\": no entity \"" + end + "\"");
                    }
                }
                run(transaction, DELETE_RELATIONSHIP, generation,
                        Map.of("from", relationship.from(), "id", relationship.id()));
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("from", relationship.from());
                parameters.put("to", relationship.to());
                parameters.put("neo4jType", relationship.type().toUpperCase(Locale.ROOT));
                parameters.put("properties", stored(PropertyMaps.of(relationship,
                        edit.ordinalOf(relationship.id()))));
                parameters.put("generation", generation);
                if (transaction.run(PUT_RELATIONSHIP, parameters).single().get("created").asLong() == 0) {
                    throw new StoreException("cannot store relationship \"" + relationship.id()
                            + "\": an end is not stored");
                }
            }
            for (String id : edit.removedSourceIds()) {
                run(transaction, DELETE_SOURCE, generation, Map.of("id", id));
            }
            transaction.commit();
        }
    }

    private static void run(Transaction transaction, String cypher, String generation, Map<String, Object> values) {
        Map<String, Object> parameters = new HashMap<>(values);
        parameters.put("generation", generation);
        transaction.run(cypher, parameters).consume();
    }

    /** What the embedded store keeps: no nulls and no empty lists. */
    private static Map<String, Object> stored(Map<String, Object> properties) {
        Map<String, Object> stored = new HashMap<>();
        properties.forEach((key, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                stored.put(key, value);
            }
        });
        return stored;
    }
}

package org.solidarityatlas.store;

import org.solidarityatlas.testing.Neo4jStore;
import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The query command's read-only Cypher: plain values out, writes refused with the store unchanged. */
class ReadOnlyQueryTest {

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.holding(SmallDataset.dataset());

    private static Neo4jGraphStore store;

    @BeforeAll
    static void storeOfTheClass() {
        store = neo4j.store();
    }

    /** Everything a query could have changed: the data, and the labels, types and keys the database knows. */
    private static List<Object> snapshot() {
        return List.of(store.dataset(),
                store.readOnlyQuery("CALL db.labels() YIELD label RETURN label ORDER BY label").rows(),
                store.readOnlyQuery("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t")
                        .rows(),
                store.readOnlyQuery("CALL db.propertyKeys() YIELD propertyKey AS k RETURN k ORDER BY k").rows(),
                store.readOnlyQuery("MATCH (n) RETURN count(n)").rows());
    }

    @Test
    void countsByTypeComeBackAsPlainValues() {
        QueryResult result = store.readOnlyQuery(
                "MATCH (n:Entity) RETURN n.type AS type, count(*) AS count ORDER BY type");
        assertEquals(List.of("type", "count"), result.columns());
        assertEquals(List.of(List.of("alliance", 1L), List.of("campaign", 1L), List.of("event", 1L),
                List.of("organization", 2L), List.of("person", 1L), List.of("union", 2L)), result.rows());
    }

    @Test
    void nodesComeBackAsMapsOfTheirProperties() {
        QueryResult result = store.readOnlyQuery("MATCH (n:Entity {id: 'nafta-complaint'}) RETURN n");
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) result.rows().get(0).get(0);
        assertEquals("NAFTA labor complaint", node.get("name"));
        assertEquals("1994-02", node.get("start"));
        assertEquals("1994-02-28", node.get("lastDay"));
        assertEquals(List.of("article"), node.get("sources"));
    }

    @Test
    void relationshipTypesAreTheDatasetTypesUpperCased() {
        QueryResult result = store.readOnlyQuery(
                "MATCH (:Person)-[:LEADS]->(u:Union) RETURN u.id AS union");
        assertEquals(List.of(List.of("fat")), result.rows());
    }

    @Test
    void pathsComeBackAsListsOfTheirElements() {
        QueryResult result = store.readOnlyQuery(
                "MATCH p = (:Entity {id: 'bertha'})-->(:Entity {id: 'fat'}) RETURN p");
        List<?> path = (List<?>) result.rows().get(0).get(0);
        assertEquals(3, path.size());
        assertEquals("leads", ((Map<?, ?>) path.get(1)).get("type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE (:Intruder {id: 'x'})",
            "MERGE (n:Entity {id: 'ue'}) SET n.name = 'changed'",
            "MATCH (n:Entity {id: 'ue'}) SET n.name = 'changed'",
            "MATCH (n:Entity {id: 'ue'}) SET n:Intruder",
            "MATCH (n:Entity {id: 'ue'}) REMOVE n.name",
            "MATCH (n:Entity) DETACH DELETE n",
            "MATCH (n:Entity {id: 'office'}) DELETE n",
            "MATCH (a:Entity {id: 'ue'}), (b:Entity {id: 'office'}) CREATE (a)-[:INTRUDES]->(b)",
            "CALL db.createLabel('Intruder')",
            "CALL db.createProperty('intruder')",
            "CALL db.createRelationshipType('INTRUDES')",
            "CREATE INDEX intruder FOR (n:Intruder) ON (n.name)",
            "DROP INDEX entity_text",
            "CREATE DATABASE intruder",
            "MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { SET n.name = 'changed' } RETURN n.id"})
    void writingQueryIsRefusedAndChangesNothing(String cypher) {
        List<Object> before = snapshot();
        WriteQueryRefusedException refusal = assertThrows(WriteQueryRefusedException.class,
                () -> store.readOnlyQuery(cypher));
        assertTrue(refusal.getMessage().startsWith("refused: the query "), refusal.getMessage());
        assertFalse(refusal.getMessage().contains("\n"));
        assertEquals(before, snapshot());
    }

    @Test
    void commandNeedingMoreThanReadAccessIsRefusedByTheReadOnlyTransaction() {
        WriteQueryRefusedException refusal = assertThrows(WriteQueryRefusedException.class,
                () -> store.readOnlyQuery("SHOW INDEXES"));
        assertTrue(refusal.getMessage().startsWith("refused: the query needs more than read access"),
                refusal.getMessage());
    }

    @Test
    void syntaxErrorIsOneLineNamingWhereItIs() {
        StoreException failure = assertThrows(StoreException.class, () -> store.readOnlyQuery("MATCH (n RETURN n"));
        assertFalse(failure instanceof WriteQueryRefusedException);
        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
        assertTrue(failure.getMessage().contains("line 1, column 10"), failure.getMessage());
    }

    @Test
    void syntaxErrorOnALaterLineKeepsItsColumn() {
        StoreException failure = assertThrows(StoreException.class,
                () -> store.readOnlyQuery("MATCH (n)\nRETURN n n"));
        assertTrue(failure.getMessage().contains("line 2, column 10 (offset: 19)"), failure.getMessage());
    }

    @Test
    void emptyQueryIsRefusedWithAMessage() {
        assertEquals("the query is empty", assertThrows(StoreException.class, () -> store.readOnlyQuery(" "))
                .getMessage());
    }
}

package org.solidarityatlas.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.ConstraintDefinition;
import org.neo4j.graphdb.schema.IndexDefinition;

/**
 * Constraints and indexes the store's queries rely on; created when missing each time the store opens. An import
 * into a store with no current dataset drops them and creates them again after its load (see {@link DatasetImport}).
 */
final class GraphSchema {

    static final String FULL_TEXT_INDEX = "entity_text";

    /** Lucene's standard analyzer with ASCII folding: "autentico" finds "Auténtico". */
    static final String FULL_TEXT_ANALYZER = "standard-folding";

    /** Indexes on nodes that are not behind a constraint: creating one returns at once, and it fills meanwhile. */
    private static final List<String> NODE_INDEXES = List.of(
            "CREATE RANGE INDEX entity_first_day IF NOT EXISTS FOR (n:Entity) ON (n.firstDay)",
            "CREATE RANGE INDEX entity_last_day IF NOT EXISTS FOR (n:Entity) ON (n.lastDay)",
            "CREATE FULLTEXT INDEX " + FULL_TEXT_INDEX + " IF NOT EXISTS FOR (n:Entity)"
                    + " ON EACH [n.name, n.aliases, n.description, n." + PropertyMaps.TRANSLATED_NAMES + "]"
                    + " OPTIONS {indexConfig: {`fulltext.analyzer`: '" + FULL_TEXT_ANALYZER + "'}}",
            // Neo4j creates the two lookup indexes in a new store; they are here so that a dropped schema comes
            // back whole.
            "CREATE LOOKUP INDEX node_labels IF NOT EXISTS FOR (n) ON EACH labels(n)");

    private static final List<String> OTHERS = List.of(
            // Ids are unique within a generation: an import writes the new one beside the current one.
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE (n.generation, n.id) IS UNIQUE",
            "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE (n.generation, n.id) IS UNIQUE",
            "CREATE LOOKUP INDEX relationship_types IF NOT EXISTS FOR ()-[r]-() ON EACH type(r)");

    private static final long ONLINE_TIMEOUT_MINUTES = 5;

    private GraphSchema() {
    }

    /** Every schema statement, node indexes first; each creates what is missing and leaves the rest alone. */
    static List<String> statements() {
        return Stream.concat(NODE_INDEXES.stream(), OTHERS.stream()).toList();
    }

    static void ensure(GraphDatabaseService database) {
        create(database);
        awaitOnline(database);
    }

    /**
     * Creates what is missing. Creating a constraint waits until its index is filled; the other indexes fill in
     * the background until awaited.
     */
    static void create(GraphDatabaseService database) {
        createNodeIndexes(database);
        runEach(database, OTHERS);
    }

    /** Creates the node indexes that are not behind a constraint, when missing, and returns at once. */
    static void createNodeIndexes(GraphDatabaseService database) {
        dropFullTextIndexWithoutTranslations(database);
        runEach(database, NODE_INDEXES);
    }

    /**
     * A store made before datasets had translations has a full-text index that leaves translated names out; it is
     * dropped so that the statement above creates it anew (it fills again in the background).
     */
    private static void dropFullTextIndexWithoutTranslations(GraphDatabaseService database) {
        try (Transaction transaction = database.beginTx()) {
            for (IndexDefinition index : transaction.schema().getIndexes()) {
                if (index.getName().equals(FULL_TEXT_INDEX)
                        && !toList(index.getPropertyKeys()).contains(PropertyMaps.TRANSLATED_NAMES)) {
                    index.drop();
                }
            }
            transaction.commit();
        }
    }

    private static List<String> toList(Iterable<String> keys) {
        List<String> list = new ArrayList<>();
        keys.forEach(list::add);
        return list;
    }

    /** Drops every constraint and index, the token lookup indexes too, whatever their names. */
    static void drop(GraphDatabaseService database) {
        try (Transaction transaction = database.beginTx()) {
            transaction.schema().getConstraints().forEach(ConstraintDefinition::drop);
            transaction.commit();
        }
        try (Transaction transaction = database.beginTx()) {
            transaction.schema().getIndexes().forEach(IndexDefinition::drop);
            transaction.commit();
        }
    }

    private static void runEach(GraphDatabaseService database, List<String> statements) {
        // Schema changes cannot share a transaction with data changes, so each has its own.
        for (String statement : statements) {
            try (Transaction transaction = database.beginTx()) {
                transaction.execute(statement).close();
                transaction.commit();
            }
        }
    }

    /** Waits until every index serves queries; an import calls it before making its generation current. */
    static void awaitOnline(GraphDatabaseService database) {
        try (Transaction transaction = database.beginTx()) {
            transaction.schema().awaitIndexesOnline(ONLINE_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            transaction.commit();
        }
    }
}

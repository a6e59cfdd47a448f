package org.solidarityatlas.store;

import java.util.List;
import java.util.Map;

/**
 * One read transaction as {@link GraphQueries} sees it, whichever way it reaches the database: the generation
 * that is current in it, and parameterised queries whose rows come back as plain Java maps (nested maps, lists,
 * strings, numbers, booleans and {@code LocalDate}s).
 */
interface CypherReading {

    /** The current generation, or null when the store holds no dataset. */
    String generation();

    /** Runs the query with these parameters and {@code $generation}; every row, in the order returned. */
    List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters);

    /** The values of one column, each a property map. */
    @SuppressWarnings("unchecked")
    default List<Map<String, Object>> column(String cypher, Map<String, Object> parameters, String name) {
        return rows(cypher, parameters).stream().map(row -> (Map<String, Object>) row.get(name)).toList();
    }
}

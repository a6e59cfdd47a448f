package org.solidarityatlas.store;

import java.util.List;

/** Columns and rows of a Cypher query, values already turned into plain Java (strings, numbers, lists, maps). */
public record QueryResult(List<String> columns, List<List<Object>> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}

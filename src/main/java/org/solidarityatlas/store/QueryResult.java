package org.solidarityatlas.store;

import java.util.List;

/**
 * Columns and rows of a Cypher query, values already turned into plain Java (strings, numbers, lists, maps).
 *
 * @param moreRows rows the query returned beyond the row limit, counted but not kept
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, long moreRows) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (moreRows < 0) {
            throw new IllegalArgumentException("negative count of further rows: " + moreRows);
        }
    }

    /** A complete result: every row is kept. */
    public QueryResult(List<String> columns, List<List<Object>> rows) {
        this(columns, rows, 0);
    }
}

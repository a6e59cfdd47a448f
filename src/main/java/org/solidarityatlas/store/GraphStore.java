package org.solidarityatlas.store;

import java.util.List;
import java.util.Optional;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.SearchHit;

/**
 * The graph database as the rest of the application sees it: storing, search and shortest paths. What a filter
 * or a focus shows is decided in memory by {@code graph.LoadedGraph}, not here. Every method is a short transaction and may
 * block: call it off the JavaFX thread. Implementations use parameterised Cypher only, so the same code can
 * later talk to a remote server.
 */
public interface GraphStore extends AutoCloseable {

    /** True when no dataset has been stored yet. */
    boolean isEmpty();

    /** Replaces the stored dataset with this one, all or nothing: on failure the previous one stays. */
    void replaceDataset(Dataset dataset);

    /** The stored dataset, as it was imported; empty when nothing is stored. */
    Optional<Dataset> dataset();

    /** Ranked full-text search over names, aliases and descriptions; accents and case are ignored. */
    List<SearchHit> search(String text, int limit);

    /** A shortest path between two entities, ignoring direction; empty when unknown or unconnected. */
    Optional<GraphPath> shortestPath(String fromId, String toId);

    /** One entity with its relationships and sources; empty for an unknown id. */
    Optional<EntityDetails> details(String entityId);

    /** Counts by type of the stored dataset (its span is the graph engine's, from {@link #dataset()}). */
    DatasetSummary summary();

    /**
     * Runs a read-only Cypher query within the limits. A query that would write, or that {@link ReadOnlyQueryGuard}
     * refuses, throws {@link WriteQueryRefusedException}; one that runs too long, {@link QueryTimedOutException}.
     */
    QueryResult readOnlyQuery(String cypher, QueryLimits limits);

    /** {@link #readOnlyQuery(String, QueryLimits)} with the default limits. */
    default QueryResult readOnlyQuery(String cypher) {
        return readOnlyQuery(cypher, QueryLimits.DEFAULT);
    }

    /**
     * Applies one edit made in the window to the stored dataset in one short transaction, all or nothing.
     * Stores that cannot edit in place say so.
     *
     * @throws StoreException with a one-line message when the edit does not fit the stored dataset
     */
    default void applyEdit(GraphEdit edit) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " cannot edit a dataset in place; open the dataset from a file to edit it");
    }

    @Override
    void close();
}

package org.solidarityatlas.store;

import java.util.List;
import java.util.Optional;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.TimeWindow;

/**
 * The graph database as the rest of the application sees it: storing, search and shortest paths. What a filter
 * or a focus shows is decided in memory by {@code graph.LoadedGraph}, not here. Every method is a short
 * transaction and may block: call it off the JavaFX thread. Two implementations share their Cypher
 * ({@link GraphQueries}) and schema: {@link Neo4jGraphStore}, an embedded database in a data directory, and
 * {@link BoltGraphStore}, a Neo4j server reached with the official driver. Failures are {@link StoreException}s
 * with one-line messages.
 */
public interface GraphStore extends AutoCloseable {

    /** Where the data lives, for messages: the data directory, or the server and its database. */
    String location();

    /** True when this store never writes: {@link #replaceDataset} is refused before anything is sent. */
    default boolean isReadOnly() {
        return false;
    }

    /** True when no dataset has been stored yet. */
    boolean isEmpty();

    /** Replaces the stored dataset with this one, all or nothing: on failure the previous one stays. */
    void replaceDataset(Dataset dataset);

    /** The stored dataset, as it was imported; empty when nothing is stored. */
    Optional<Dataset> dataset();

    /**
     * At most {@code maxDrawn} of the entities that pass the filter, the most connected first, with the
     * relationships among them: what the network draws, chosen where the data is.
     */
    DrawnWindow drawnWindow(GraphFilter filter, int maxDrawn);

    /**
     * The centre entities and every entity within {@code depth} relationships of them, walking only what the
     * filter shows (as {@code graph.LoadedGraph#neighbourhood} does in memory), with the relationships among them
     * that pass it; at most {@code maxDrawn} entities. The explorer's Focus on a server.
     */
    DrawnWindow neighbourhood(GraphFilter filter, List<String> centre, int depth, int maxDrawn);

    /**
     * The stored dataset without its entities and relationships (title, sources, stories, translations): what a
     * window of a dataset too big to load keeps beside the entities it draws. Empty when nothing is stored.
     */
    Optional<Dataset> outline();

    /** Whole years from the earliest to the latest date written in the stored dataset; empty when none is. */
    Optional<TimeWindow> span();

    /**
     * True when the store is a server the explorer should not copy whole: it draws windows of it
     * ({@link #drawnWindow}) instead of loading the dataset.
     */
    default boolean drawsWindows() {
        return false;
    }

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

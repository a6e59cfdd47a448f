package org.solidarityatlas.store;

import java.util.List;
import java.util.Optional;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.EntityDetails;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.Subgraph;

/**
 * The graph database as the rest of the application sees it. Every method is a short transaction and may
 * block: call it off the JavaFX thread. Two implementations share their Cypher ({@link GraphQueries}) and schema:
 * {@link Neo4jGraphStore}, an embedded database in a data directory, and {@link BoltGraphStore}, a Neo4j server
 * reached with the official driver. Failures are {@link StoreException}s with one-line messages.
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

    /** Entities and relationships that pass the filter (a relationship only when both ends pass). */
    Subgraph visibleGraph(GraphFilter filter);

    /**
     * At most {@code maxDrawn} of the entities that pass the filter, the most connected first, with the
     * relationships among them: what the network draws, chosen where the data is.
     */
    DrawnWindow drawnWindow(GraphFilter filter, int maxDrawn);

    /** Ranked full-text search over names, aliases and descriptions; accents and case are ignored. */
    List<SearchHit> search(String text, int limit);

    /** The entity and everything within {@code depth} relationships of it; empty for an unknown id. */
    Optional<Subgraph> neighbourhood(String entityId, int depth);

    /** A shortest path between two entities, ignoring direction; empty when unknown or unconnected. */
    Optional<GraphPath> shortestPath(String fromId, String toId);

    /** One entity with its relationships and sources; empty for an unknown id. */
    Optional<EntityDetails> details(String entityId);

    /** Counts by type and the time span of the stored dataset. */
    DatasetSummary summary();

    /** Runs a read-only Cypher query; a query that would write throws {@link WriteQueryRefusedException}. */
    QueryResult readOnlyQuery(String cypher);

    @Override
    void close();
}

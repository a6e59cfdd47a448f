package org.solidarityatlas.ui.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.store.StoreException;

/**
 * The database being opened on a thread of its own from the moment the launcher runs: starting Neo4j takes
 * seconds, as does starting JavaFX, and on two cores the two overlap instead of following each other.
 */
final class StoreOpening {

    private final CompletableFuture<GraphStore> store = new CompletableFuture<>();

    private StoreOpening() {
    }

    static StoreOpening start(Path dataDirectory) {
        return start(() -> Neo4jGraphStore.open(dataDirectory));
    }

    /** Starts opening the store the opener opens: the embedded database, or a connection to a server. */
    static StoreOpening start(Supplier<GraphStore> opener) {
        StoreOpening opening = new StoreOpening();
        Thread thread = new Thread(() -> {
            try {
                opening.store.complete(opener.get());
            } catch (RuntimeException e) {
                opening.store.completeExceptionally(e);
            }
        }, "atlas-store-open");
        // Never keeps the JVM alive by itself, e.g. when JavaFX cannot start.
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** The opened store, waiting for it if need be; throws what opening it threw (one-line messages). */
    GraphStore await() {
        try {
            return store.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new StoreException("could not open the database: " + e.getCause(), e.getCause());
        }
    }
}

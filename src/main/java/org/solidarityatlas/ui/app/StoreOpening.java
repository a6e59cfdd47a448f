package org.solidarityatlas.ui.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.store.StoreException;

/**
 * The database opened on a thread of its own once {@link #begin()} is called. The explorer begins it once its
 * window has drawn its first frame: starting Neo4j takes seconds and loads thousands of classes, and on two
 * cores it slowed the window's own start when it ran beside it (the network shows from a file or a snapshot
 * meanwhile, so nothing waits for it but search and paths).
 */
final class StoreOpening {

    private final CompletableFuture<GraphStore> store = new CompletableFuture<>();
    private final Supplier<GraphStore> opener;
    private final AtomicBoolean begun = new AtomicBoolean();

    private StoreOpening(Supplier<GraphStore> opener) {
        this.opener = opener;
    }

    /** The embedded database in the data directory, opened once {@link #begin()} is called. */
    static StoreOpening prepare(Path dataDirectory) {
        return prepare(() -> Neo4jGraphStore.open(dataDirectory));
    }

    /** The store the opener opens (the embedded database, or a connection to a server), opened once begun. */
    static StoreOpening prepare(Supplier<GraphStore> opener) {
        return new StoreOpening(opener);
    }

    /** Starts opening the embedded database now. */
    static StoreOpening start(Path dataDirectory) {
        StoreOpening opening = prepare(dataDirectory);
        opening.begin();
        return opening;
    }

    /** Starts opening the store on a thread of its own; later calls do nothing. */
    void begin() {
        if (!begun.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                store.complete(opener.get());
            } catch (RuntimeException e) {
                store.completeExceptionally(e);
            }
        }, "atlas-store-open");
        // Never keeps the JVM alive by itself, e.g. when JavaFX cannot start.
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The opened store, waiting for it if need be (it opens once {@link #begin()} is called); throws what
     * opening it threw (one-line messages).
     */
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

package org.solidarityatlas.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;

/**
 * A real embedded Neo4j store in a temporary directory for a whole test class, optionally holding a dataset,
 * closed and removed after the class. Register it as a static field:
 * {@code @RegisterExtension static final Neo4jStore neo4j = Neo4jStore.holding(StoreFixtures.bundled());}
 */
public final class Neo4jStore implements BeforeAllCallback, AfterAllCallback {

    private final Optional<Dataset> initial;
    private Path directory;
    private Neo4jGraphStore store;
    private Dataset stored;

    private Neo4jStore(Optional<Dataset> initial) {
        this.initial = initial;
    }

    /** An empty store. */
    public static Neo4jStore empty() {
        return new Neo4jStore(Optional.empty());
    }

    /** A store holding this dataset; {@link #dataset()} is what the store gives back, as the explorer shows it. */
    public static Neo4jStore holding(Dataset dataset) {
        return new Neo4jStore(Optional.of(dataset));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        directory = TemporaryFolder.create("atlas-store-");
        store = Neo4jGraphStore.open(directory);
        initial.ifPresent(dataset -> stored = StoreFixtures.throughStore(store, dataset));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            TemporaryFolder.delete(directory);
        }
    }

    public Neo4jGraphStore store() {
        return store;
    }

    public Path directory() {
        return directory;
    }

    /** The dataset as the store gave it back after storing it. */
    public Dataset dataset() {
        if (stored == null) {
            throw new IllegalStateException("this store was created empty");
        }
        return stored;
    }
}

package org.solidarityatlas.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;

/**
 * A real embedded Neo4j store in a temporary directory, optionally holding a dataset, closed and removed after
 * use. Registered as a static field it lasts the whole test class:
 * {@code @RegisterExtension static final Neo4jStore neo4j = Neo4jStore.holding(StoreFixtures.bundled());}
 * registered as an instance field, each test gets its own. {@link #forCommands()} gives a data directory that is
 * not held open, for the command line to open.
 */
public final class Neo4jStore implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final Optional<Dataset> initial;
    private final boolean holdOpen;
    private Path folder;
    private Neo4jGraphStore store;
    private Dataset stored;
    /** True when set up for the whole class (a static field), so each test's callbacks leave it alone. */
    private boolean perClass;

    private Neo4jStore(Optional<Dataset> initial, boolean holdOpen) {
        this.initial = initial;
        this.holdOpen = holdOpen;
    }

    /** An empty store. */
    public static Neo4jStore empty() {
        return new Neo4jStore(Optional.empty(), true);
    }

    /** A store holding this dataset; {@link #dataset()} is what the store gives back, as the explorer shows it. */
    public static Neo4jStore holding(Dataset dataset) {
        return new Neo4jStore(Optional.of(dataset), true);
    }

    /**
     * A data directory that does not exist yet and is never held open, for {@code atlas} commands to create and
     * open; {@link #storedDataset()} looks at what they stored.
     */
    public static Neo4jStore forCommands() {
        return new Neo4jStore(Optional.empty(), false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        setUp();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        tearDown();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            setUp();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            tearDown();
        }
    }

    private void setUp() {
        folder = TemporaryFolder.create("atlas-store-");
        if (holdOpen) {
            store = Neo4jGraphStore.open(directory());
            initial.ifPresent(dataset -> stored = StoreFixtures.throughStore(store, dataset));
        }
    }

    private void tearDown() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            store = null;
            stored = null;
            TemporaryFolder.delete(folder);
        }
    }

    /** The open store; not for {@link #forCommands()}, whose directory the commands open. */
    public Neo4jGraphStore store() {
        if (store == null) {
            throw new IllegalStateException("this data directory is not held open: it is for commands");
        }
        return store;
    }

    /** The data directory (for {@link #forCommands()}, it does not exist until a command creates it). */
    public Path directory() {
        return folder.resolve("db");
    }

    /** The dataset as the store gave it back after storing it. */
    public Dataset dataset() {
        if (stored == null) {
            throw new IllegalStateException("this store was created empty");
        }
        return stored;
    }

    /** What the data directory holds now, read by opening it and closing it again (for {@link #forCommands()}). */
    public Dataset storedDataset() {
        try (Neo4jGraphStore reading = Neo4jGraphStore.open(directory())) {
            return reading.dataset().orElseThrow(() -> new AssertionError("the store holds no dataset"));
        }
    }
}

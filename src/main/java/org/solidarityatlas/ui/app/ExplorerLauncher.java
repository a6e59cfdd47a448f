package org.solidarityatlas.ui.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;

/**
 * Starts the explorer window from the command line. The command line's main class is not a JavaFX
 * Application, so JavaFX is started here, which also works with JavaFX on the class path.
 */
public final class ExplorerLauncher {

    private ExplorerLauncher() {
    }

    /** Opens the explorer on the data directory (and the dataset file, when given); returns when it closes. */
    public static void launch(Path dataDirectory, Optional<Path> file) {
        Objects.requireNonNull(dataDirectory);
        launch(() -> Neo4jGraphStore.open(dataDirectory), file);
    }

    /** Opens the explorer on the store the opener opens (a data directory or a server); returns when it closes. */
    public static void launch(Supplier<GraphStore> opener, Optional<Path> file) {
        // The database starts opening now, while JavaFX starts.
        StoreOpening opening = StoreOpening.start(Objects.requireNonNull(opener));
        ExplorerApplication.configure(Objects.requireNonNull(file), opening);
        Application.launch(ExplorerApplication.class);
    }
}

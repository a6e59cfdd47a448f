package org.solidarityatlas.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Application;
import org.solidarityatlas.store.DataDirectoryInUseException;
import org.solidarityatlas.store.DataDirectoryLock;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.ui.explorer.DatasetSnapshot;

/**
 * Starts the explorer window from the command line. The command line's main class is not a JavaFX
 * Application, so JavaFX is started here, which also works with JavaFX on the class path.
 */
public final class ExplorerLauncher {

    private ExplorerLauncher() {
    }

    /** Opens the explorer on the data directory (and the dataset file, when given); returns when it closes. */
    public static void launch(Path dataDirectory, Optional<Path> file) {
        // A second window on a directory in use is told so before any window shows, not after an empty one.
        if (DataDirectoryLock.heldByAnotherProcess(dataDirectory.toAbsolutePath().normalize())) {
            DataDirectoryInUseException refusal = new DataDirectoryInUseException(dataDirectory);
            ExplorerApplication.refuse(refusal.getMessage());
            try {
                Application.launch(ExplorerApplication.class);
            } catch (RuntimeException noDisplay) {
                // Without a display the command line's one-line message is all there is.
            }
            throw refusal;
        }
        // Asked before the store creates the directory: an empty one means a first start, shown the bundled dataset.
        boolean firstStart = isEmpty(Objects.requireNonNull(dataDirectory));
        // The database opens once the window has drawn its first frame (see StoreOpening).
        StoreOpening opening = StoreOpening.prepare(dataDirectory);
        ExplorerApplication.configure(Objects.requireNonNull(file), opening, DatasetSnapshot.in(dataDirectory),
                firstStart);
        Application.launch(ExplorerApplication.class);
    }

    /** Opens the explorer on a store the opener opens (a Neo4j server): no snapshot, no first-start dataset. */
    public static void launch(Supplier<GraphStore> opener, Optional<Path> file) {
        // The server is connected to once the window has drawn its first frame (see StoreOpening).
        StoreOpening opening = StoreOpening.prepare(Objects.requireNonNull(opener));
        ExplorerApplication.configure(Objects.requireNonNull(file), opening, DatasetSnapshot.NONE, false);
        Application.launch(ExplorerApplication.class);
    }

    private static boolean isEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return !Files.exists(directory);
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}

package org.solidarityatlas.ui.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import org.solidarityatlas.store.DataDirectoryInUseException;
import org.solidarityatlas.store.DataDirectoryLock;

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
        // The database starts opening now, while JavaFX starts.
        StoreOpening opening = StoreOpening.start(Objects.requireNonNull(dataDirectory));
        ExplorerApplication.configure(Objects.requireNonNull(file), opening);
        Application.launch(ExplorerApplication.class);
    }
}

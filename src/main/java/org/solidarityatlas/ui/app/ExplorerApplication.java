package org.solidarityatlas.ui.app;

import org.solidarityatlas.ui.explorer.ExplorerWindow;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.solidarityatlas.ui.dialogs.DialogButtons;
import javafx.stage.Stage;
import org.solidarityatlas.ui.explorer.DatasetSnapshot;
import org.solidarityatlas.ui.explorer.ServerPasswords;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.solidarityatlas.ui.explorer.TimelineClock;
import org.solidarityatlas.ui.text.Texts;

/**
 * The JavaFX application: one explorer window on the data directory and file given to the launcher, built by
 * {@link ExplorerComposition}.
 */
public final class ExplorerApplication extends Application {

    /** What to open, set by {@link ExplorerLauncher} before JavaFX starts (launch takes no arguments objects). */
    private static volatile Optional<Path> file = Optional.empty();
    private static volatile StoreOpening opening;
    private static volatile DatasetSnapshot snapshot = DatasetSnapshot.NONE;
    private static volatile boolean firstStart;

    /** Set when the data directory is in use: the application only says so, and opens no explorer window. */
    private static volatile String refusal;

    private ExplorerWindow window;

    static void refuse(String message) {
        refusal = message;
    }

    static void configure(Optional<Path> datasetFile, StoreOpening storeOpening, DatasetSnapshot kept,
            boolean first) {
        file = datasetFile;
        opening = storeOpening;
        snapshot = kept;
        firstStart = first;
    }

    @Override
    public void start(Stage stage) {
        if (refusal != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Texts.get("app.inUse"), DialogButtons.ok());
            alert.setTitle("Solidarity Atlas");
            alert.setHeaderText(Character.toUpperCase(refusal.charAt(0)) + refusal.substring(1));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        StoreOpening store = opening;
        window = ExplorerComposition.build(stage, new BackgroundTaskExecutor(), new TimelineClock(),
                url -> getHostServices().showDocument(url));
        window.show(store::await, file, snapshot, firstStart);
        FirstFrame.then(window.scene(), () -> {
            // The window counts as shown once its first frame is drawn: show() alone may leave it blank.
            BenchReport.watch(window.model());
            store.begin();
            ServerPasswords.lookAhead();
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}

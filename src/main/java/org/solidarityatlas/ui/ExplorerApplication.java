package org.solidarityatlas.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.explorer.BackgroundTaskExecutor;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.TimelineClock;

/** The JavaFX application: one explorer window on the data directory and file given to the launcher. */
public final class ExplorerApplication extends Application {

    /** What to open, set by {@link ExplorerLauncher} before JavaFX starts (launch takes no arguments objects). */
    private static volatile Path dataDirectory;
    private static volatile Optional<Path> file = Optional.empty();

    private ExplorerWindow window;

    static void configure(Path directory, Optional<Path> datasetFile) {
        dataDirectory = directory;
        file = datasetFile;
    }

    @Override
    public void start(Stage stage) {
        Path directory = dataDirectory;
        ExplorerViewModel model = new ExplorerViewModel(new BackgroundTaskExecutor(), new TimelineClock());
        window = new ExplorerWindow(stage, model, url -> getHostServices().showDocument(url));
        window.show(() -> Neo4jGraphStore.open(directory), file);
        BenchReport.watch(model);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}

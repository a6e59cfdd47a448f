package org.solidarityatlas.ui.app;

import org.solidarityatlas.ui.explorer.ExplorerWindow;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.TimelineClock;

/** The JavaFX application: one explorer window on the data directory and file given to the launcher. */
public final class ExplorerApplication extends Application {

    /** What to open, set by {@link ExplorerLauncher} before JavaFX starts (launch takes no arguments objects). */
    private static volatile Optional<Path> file = Optional.empty();
    private static volatile StoreOpening opening;

    private ExplorerWindow window;

    static void configure(Optional<Path> datasetFile, StoreOpening storeOpening) {
        file = datasetFile;
        opening = storeOpening;
    }

    @Override
    public void start(Stage stage) {
        StoreOpening store = opening;
        ExplorerViewModel model = new ExplorerViewModel(new BackgroundTaskExecutor(), new TimelineClock());
        window = new ExplorerWindow(stage, model, url -> getHostServices().showDocument(url));
        window.show(store::await, file);
        BenchReport.watch(model);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}

package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.ui.app.ExplorerComposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.testing.RecordingDialogService;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** First start on an empty data directory: the window loads the bundled dataset. */
class BundledDatasetWindowTest extends FxRobot {

    @RegisterExtension
    static final OpenExplorer explorer = OpenExplorer.onBundled().withClock(new TimelineClock());

    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    @BeforeAll
    static void findWindow() {
        window = explorer.window();
        model = explorer.model();
    }

    @Test
    void windowShowsTheBundledDatasetsEntityCount() throws Exception {
        Dataset bundled;
        try (InputStream in = getClass().getResourceAsStream(ExplorerViewModel.BUNDLED_DATASET)) {
            bundled = new DatasetReader().read(in, "ue-fat-alliance.json").dataset().orElseThrow();
        }
        int count = bundled.entities().size();

        String status = lookup("#status").queryAs(Label.class).getText();

        assertTrue(status.startsWith(count + " of " + count + " entities"), status);
        assertEquals(count, window.network().visibleEntityIds().size());
    }

    /**
     * Also the picture for the README: the whole window on the bundled dataset, as the project draws it.
     * {@code ./mvnw test -Dtest=BundledDatasetWindowTest -Datlas.screenshot=$PWD/assets/screenshot.png} remakes it.
     */
    @Test
    void windowSnapshotIsWrittenAtTheWindowsSize(@TempDir Path out) throws Exception {
        ExplorerWindowTest.waitUntil(() -> window.network().isLayoutSettled());
        interact(() -> window.network().fit());
        String asked = System.getProperty("atlas.screenshot");
        Path png = asked != null ? Path.of(asked) : out.resolve("explorer-window.png");

        interact(() -> {
            try {
                ExplorerWindow.saveSnapshot(window.scene(), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.round(window.scene().getWidth()), image.getWidth());
        assertEquals(Math.round(window.scene().getHeight()), image.getHeight());
    }

    @Test
    void secondWindowOnTheSameDataDirectorySaysItIsInUse() throws Exception {
        RecordingDialogService dialogs = new RecordingDialogService();
        ExplorerViewModel second = ExplorerComposition.explorerModel(new BackgroundTaskExecutor(), new TimelineClock(), dialogs);

        interact(() -> second.start(() -> Neo4jGraphStore.open(explorer.dataDirectory()), Optional.empty()));
        ExplorerWindowTest.waitUntil(() -> !second.startFailureProperty().get().isEmpty());

        String failure = second.startFailureProperty().get();
        assertTrue(failure.contains("in use by another Solidarity Atlas process"), failure);
        assertEquals(List.of("The dataset could not be loaded | " + failure), dialogs.texts("showError"));
    }
}

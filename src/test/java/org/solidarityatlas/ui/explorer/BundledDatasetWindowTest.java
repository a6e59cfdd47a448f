package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** First start on an empty data directory: the window loads the bundled dataset. */
class BundledDatasetWindowTest extends FxRobot {

    @TempDir
    static Path dataDirectory;

    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    @BeforeAll
    static void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            model = new ExplorerViewModel(new BackgroundTaskExecutor(), new TimelineClock());
            window = new ExplorerWindow(stage, model, url -> { });
            // The primary stage is shared with other test classes, which may have resized it.
            stage.setFullScreen(false);
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(720);
            window.show(() -> Neo4jGraphStore.open(dataDirectory), Optional.empty());
        });
        ExplorerWindowTest.waitUntil(() -> model.graph().isPresent() && !model.busyProperty().get());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
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
    void windowSnapshotIsWrittenAtTheWindowsSize() throws Exception {
        ExplorerWindowTest.waitUntil(() -> window.network().isLayoutSettled());
        interact(() -> window.network().fit());
        Path png = Path.of(System.getProperty("atlas.screenshot", "target/explorer-window.png"));

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
        AtomicReference<String> failure = new AtomicReference<>();
        ExplorerViewModel second = new ExplorerViewModel(new BackgroundTaskExecutor(), new TimelineClock());
        second.setOnStartFailed(failure::set);

        interact(() -> second.start(() -> Neo4jGraphStore.open(dataDirectory), Optional.empty()));
        ExplorerWindowTest.waitUntil(() -> failure.get() != null);

        assertTrue(failure.get().contains("in use by another Solidarity Atlas window"), failure.get());
    }
}

package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.testing.HandClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarityatlas.ui.explorer.ExplorerWindowTest.resource;
import static org.solidarityatlas.ui.explorer.ExplorerWindowTest.waitUntil;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The explorer on the small test dataset (10 entities) with a drawing cap of 3, as a 100,000-entity dataset is
 * with the default cap: the network view holds only what is drawn, not the whole dataset.
 */
class CappedExplorerWindowTest extends FxRobot {

    @TempDir
    static Path dataDirectory;

    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    @BeforeAll
    static void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Path file = resource("ui/small-atlas.json");
        String before = System.getProperty("atlas.maxDrawn");
        System.setProperty("atlas.maxDrawn", "3");
        try {
            FxToolkit.setupFixture(() -> {
                model = new ExplorerViewModel(new BackgroundTaskExecutor(), new HandClock());
                window = new ExplorerWindow(stage, model, url -> { });
                stage.setWidth(1280);
                stage.setHeight(720);
                window.show(() -> Neo4jGraphStore.open(dataDirectory), Optional.of(file));
            });
        } finally {
            if (before == null) {
                System.clearProperty("atlas.maxDrawn");
            } else {
                System.setProperty("atlas.maxDrawn", before);
            }
        }
        waitUntil(() -> model.graph().isPresent() && !model.busyProperty().get());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
    }

    @Test
    void datasetOverTheCapPutsOnlyTheDrawnEntitiesInTheNetwork() {
        interact(() -> model.filters().load(model.graph().get()));

        assertEquals(Set.of("fat", "ue", "soa"), window.network().heldEntityIds());
        assertEquals(Set.of("fat", "ue", "soa"), window.network().visibleEntityIds());
        assertEquals("Showing 3 of 10 entities: narrow the filters or the time window",
                lookup("#status").queryAs(Label.class).getText());
    }

    @Test
    void filtersThatDrawOtherEntitiesRebuildTheNetworkAroundThem() {
        interact(() -> {
            model.filters().load(model.graph().get());
            model.filters().entityType(EntityType.UNION).orElseThrow().setShown(false);
        });

        assertEquals(Set.of("soa", "drive", "ana"), window.network().heldEntityIds());
        assertEquals(Set.of("soa", "drive", "ana"), window.network().visibleEntityIds());
    }
}

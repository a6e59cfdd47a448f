package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoreFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.network.NetworkViewProbe;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The river-towns story: from 1990–1994 to 2001–2003 the dockers join the alliance and the millers' union ends.
 * The presentation marks the one with a halo and keeps the other shown with a red tint, with a legend.
 */
@ExtendWith(ApplicationExtension.class)
class ChangeMarksTest {

    @TempDir
    static Path dataDirectory;
    private static Neo4jGraphStore store;
    private static Dataset dataset;

    private PresentationWindow window;

    @BeforeAll
    static void openStore() {
        store = Neo4jGraphStore.open(dataDirectory);
        dataset = StoreFixtures.throughStore(store, StoreFixtures.read("river-towns.json"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage ignored) {
        window = new PresentationWindow(null, dataset, dataset.stories().get(0));
        window.stage().setWidth(1280);
        window.stage().setHeight(720);
        window.show(false);
    }

    @AfterEach
    void close() {
        Fx.run(() -> window.close());
    }

    private void settle() {
        Fx.waitUntil(() -> window.network().isLayoutSettled() && !window.animatingProperty().get());
    }

    private String entity(String id) {
        return Fx.call(() -> NetworkViewProbe.entityClasses(window.network(), id));
    }

    private String relationship(String id) {
        return Fx.call(() -> NetworkViewProbe.relationshipClasses(window.network(), id));
    }

    @Test
    void firstStepMarksNothingAndHidesTheLegend() {
        settle();
        assertFalse(entity("millers").contains("ended"));
        assertFalse(entity("weavers").contains("joined"));
        assertFalse(Fx.call(() -> window.pane().isLegendShown()));
    }

    @Test
    void stepWhereTheDockersJoinAndTheMillersEndMarksBoth(FxRobot robot) {
        settle();
        robot.type(KeyCode.RIGHT);
        settle();
        robot.type(KeyCode.RIGHT);
        settle();
        assertEquals("2001–2003", Fx.call(() -> window.pane().yearsText()));
        assertTrue(entity("dockers").contains("joined"), entity("dockers"));
        assertTrue(relationship("dockers-in-alliance").contains("joined"), relationship("dockers-in-alliance"));
        assertTrue(entity("millers").contains("ended"), entity("millers"));
        assertTrue(relationship("millers-in-alliance").contains("ended"), relationship("millers-in-alliance"));
        assertFalse(entity("weavers").contains("joined") || entity("weavers").contains("ended"));
        // What ended stays drawn, tinted, so the audience sees it go; it is not simply hidden.
        assertTrue(Fx.call(() -> window.network().visibleEntityIds().contains("millers")));
        assertTrue(Fx.call(() -> window.pane().isLegendShown()));
    }

    @Test
    void goingBackMarksTheMillersAsJoiningAgain(FxRobot robot) {
        settle();
        robot.type(KeyCode.END);
        settle();
        robot.type(KeyCode.LEFT);
        settle();
        assertEquals("1990–1994", Fx.call(() -> window.pane().yearsText()));
        assertTrue(entity("millers").contains("joined"), entity("millers"));
        assertTrue(entity("dockers").contains("ended"), entity("dockers"));
    }
}

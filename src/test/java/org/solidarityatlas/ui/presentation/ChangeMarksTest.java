package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.ui.app.ExplorerComposition;

import org.solidarityatlas.graph.LoadedGraph;

import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoreFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.testing.Neo4jStore;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.network.NetworkViewProbe;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The river-towns story: from 1990–1994 to 2001–2003 the dockers join the alliance and the millers' union ends.
 * The presentation marks the one with a halo and fades the other out over the move, with a legend.
 */
@ExtendWith(ApplicationExtension.class)
class ChangeMarksTest {

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.holding(StoreFixtures.read("river-towns.json"));
    private static Neo4jGraphStore store;
    private static Dataset dataset;

    private PresentationWindow window;

    @BeforeAll
    static void openStore() {
        store = neo4j.store();
        dataset = neo4j.dataset();
    }

    @Start
    void start(Stage ignored) {
        window = ExplorerComposition.presentationWindow(null, new LoadedGraph(dataset), dataset.stories().get(0));
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
        assertFalse(entity("weavers").contains("joined") || entity("weavers").contains("ended"));
        // What ended has faded out during the move: it is no longer drawn once the step shows.
        assertFalse(Fx.call(() -> window.network().visibleEntityIds().contains("millers")));
        assertFalse(Fx.call(() -> window.network().visibleRelationshipIds().contains("millers-in-alliance")));
        assertTrue(Fx.call(() -> window.pane().isLegendShown()));
    }

    @Test
    void whatEndedFadesOutOverTheMoveAndWhatJoinedKeepsItsHalo(FxRobot robot) {
        settle();
        robot.type(KeyCode.RIGHT);
        settle();
        // Each opacity the move sets, with whether the millers (who end at this step) are drawn at that moment.
        List<double[]> seen = new ArrayList<>();
        Fx.run(() -> window.endedOpacityProperty().addListener((obs, old, opacity) -> seen.add(new double[] {
            opacity.doubleValue(), window.network().visibleEntityIds().contains("millers") ? 1 : 0})));
        robot.type(KeyCode.RIGHT);
        settle();
        List<double[]> fading = Fx.call(() -> List.copyOf(seen));
        assertTrue(fading.stream().anyMatch(s -> s[0] > 0 && s[0] < 1 && s[1] == 1),
                "the millers were drawn part faded during the move");
        for (int i = 1; i < fading.size(); i++) {
            assertTrue(fading.get(i)[0] <= fading.get(i - 1)[0], "the opacity only goes down");
        }
        assertEquals(0, fading.get(fading.size() - 1)[0]);
        assertFalse(Fx.call(() -> window.network().visibleEntityIds().contains("millers")));
        assertTrue(entity("dockers").contains("joined"), entity("dockers"));
        assertTrue(relationship("dockers-in-alliance").contains("joined"), relationship("dockers-in-alliance"));
    }

    @Test
    void goingBackNeverMarksAsEndedWhatHasNotBegunYet(FxRobot robot) {
        settle();
        robot.type(KeyCode.END);
        settle();
        robot.type(KeyCode.LEFT);
        settle();
        assertEquals("1990–1994", Fx.call(() -> window.pane().yearsText()));
        // Marked as in the story's own order: step 2 against step 1, where the alliance begins.
        assertTrue(entity("river-alliance").contains("joined"), entity("river-alliance"));
        assertFalse(entity("dockers").contains("ended"), entity("dockers"));
        assertFalse(entity("millers").contains("joined"), entity("millers"));
    }
}

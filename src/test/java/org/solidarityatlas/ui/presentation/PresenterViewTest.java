package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.ui.app.ExplorerComposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoryFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The presenter view on a machine with one screen: an ordinary window that follows and drives the story. */
@ExtendWith(ApplicationExtension.class)
class PresenterViewTest {

    private final Dataset river = StoryFixtures.riverTowns();
    private PresentationWindow window;

    @Start
    void start(Stage ignored) {
        window = ExplorerComposition.presentationWindow(null,
                new org.solidarityatlas.graph.LoadedGraph(river), river.stories().get(0));
        window.stage().setWidth(1024);
        window.stage().setHeight(600);
        window.show(false);
    }

    @AfterEach
    void close() {
        Fx.run(() -> window.close());
    }

    private PresenterView openWithP(FxRobot robot) {
        robot.type(KeyCode.P);
        Fx.waitUntil(() -> window.presenterView().map(p -> p.stage().isShowing()).orElse(false));
        return window.presenterView().orElseThrow();
    }

    @Test
    void pressingPOpensThePresenterViewWithNotesAndTheNextStep(FxRobot robot) {
        PresenterView presenter = openWithP(robot);
        assertEquals("(no notes for this step)", Fx.call(presenter::notesText));
        assertEquals("Next: The alliance forms", Fx.call(presenter::nextText));
    }

    @Test
    void keysInThePresenterViewMoveThePresentation(FxRobot robot) {
        PresenterView presenter = openWithP(robot);
        robot.targetWindow(presenter.stage()).type(KeyCode.RIGHT);
        Fx.waitUntil(() -> window.viewModel().stepIndexProperty().get() == 1);
        assertEquals("Say when.", Fx.call(presenter::notesText));
        assertEquals("Next: New members", Fx.call(presenter::nextText));
    }

    @Test
    void thumbnailDrawsTheNextStepsNetwork(FxRobot robot) {
        PresenterView presenter = openWithP(robot);
        Fx.waitUntil(() -> window.network().isLayoutSettled());
        Fx.run(presenter::showStep);
        Canvas thumbnail = robot.lookup("#presenter-thumbnail").queryAs(Canvas.class);
        WritableImage image = Fx.call(() -> thumbnail.snapshot(null, null));
        PixelReader pixels = image.getPixelReader();
        int coloured = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color c = pixels.getColor(x, y);
                if (c.getSaturation() > 0.4 && c.getBrightness() > 0.3) {
                    coloured++;
                }
            }
        }
        // Step 2 shows three entities, each drawn as a coloured dot of about fifty pixels.
        assertTrue(coloured > 60, "coloured pixels: " + coloured);
    }
}

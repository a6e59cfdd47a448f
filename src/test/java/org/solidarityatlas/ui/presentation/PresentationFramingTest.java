package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.ui.app.ExplorerComposition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoryFixtures;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every step of two stories, on the bundled history and on a made-up one, frames its focus and the neighbours it
 * shows inside the part of the screen no overlay covers, filling at least half of it one way or the other.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationFramingTest {

    private PresentationWindow window;

    @Start
    void start(Stage ignored) {
    }

    @AfterEach
    void close() {
        if (window != null) {
            Fx.run(() -> window.close());
        }
    }

    private void present(Dataset dataset) {
        Fx.run(() -> {
            window = ExplorerComposition.presentationWindow(null, new LoadedGraph(dataset), dataset.stories().get(0));
            window.stage().setWidth(1280);
            window.stage().setHeight(720);
            window.show(false);
        });
        Fx.waitUntil(() -> window.network().isLayoutSettled());
    }

    /** The free area, in the network view's coordinates: the view less what the overlays cover. */
    private double[] freeArea() {
        Bounds view = window.network().node().getLayoutBounds();
        Insets covered = window.pane().overlayInsets();
        return new double[] {view.getMinX() + covered.getLeft(), view.getMinY() + covered.getTop(),
            view.getMaxX() - covered.getRight(), view.getMaxY() - covered.getBottom()};
    }

    /** True when every framed entity lies in the free area and their box fills half of it in one direction. */
    private boolean framedWell(StepFraming framing) {
        double[] free = freeArea();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String id : framing.entities()) {
            Optional<Point2D> at = window.network().entityPositionInView(id);
            if (at.isEmpty()) {
                return false;
            }
            Point2D p = at.get();
            if (p.getX() < free[0] || p.getY() < free[1] || p.getX() > free[2] || p.getY() > free[3]) {
                return false;
            }
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        // A single framed entity has no extent to fill the area with.
        return framing.entities().size() < 2 || (maxX - minX) >= (free[2] - free[0]) / 2
                || (maxY - minY) >= (free[3] - free[1]) / 2;
    }

    private void everyStepFramesItsFocusInContext(Dataset dataset) {
        present(dataset);
        int steps = dataset.stories().get(0).steps().size();
        for (int i = 0; i < steps; i++) {
            int step = i;
            Fx.run(() -> window.viewModel().go(step));
            Fx.waitUntil(() -> !window.animatingProperty().get());
            StepFraming framing = Fx.call(() -> StepFraming.of(new LoadedGraph(dataset), window.viewModel().shown()));
            assertTrue(framing.entities().size() > 0, "step " + (step + 1) + " frames something");
            // Waits for the camera's glide to end; fails if the step is never framed well.
            try {
                Fx.waitUntil(() -> framedWell(framing));
            } catch (AssertionError e) {
                System.err.println("DIAG step " + (step + 1) + " free=" + java.util.Arrays.toString(Fx.call(this::freeArea))
                        + " view=" + Fx.call(() -> window.network().node().getLayoutBounds()));
                for (String id : framing.entities()) {
                    System.err.println("DIAG  " + id + " " + Fx.call(() -> window.network().entityPositionInView(id)));
                }
                throw e;
            }
        }
    }

    @Test
    void everyStepOfAMadeUpStoryFramesItsFocusWithItsNeighbours() {
        everyStepFramesItsFocusInContext(StoryFixtures.read("harbour-sources.json"));
    }

    @Test
    void everyStepOfTheBundledStoryFramesItsFocusWithItsNeighbours() {
        everyStepFramesItsFocusInContext(StoryFixtures.bundled());
    }
}

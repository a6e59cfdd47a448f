package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Subgraph;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the network view's renderer draws, from the counts it keeps of each frame. */
@ExtendWith(ApplicationExtension.class)
class NetworkRendererTest {

    private NetworkView view;

    @Start
    void start(Stage stage) {
        view = new NetworkView();
        stage.setScene(new Scene(view.node(), 800, 600));
        stage.show();
    }

    @AfterEach
    void dispose() {
        fx(() -> {
            view.dispose();
            return null;
        });
    }

    @Test
    void hiddenEntitiesAndTheirRelationshipsAreNotDrawn() {
        Subgraph small = SampleNetwork.small();
        settle(small);
        fx(() -> {
            view.applyVisibility(Set.of("ue", "soa", "nao", "loner"), Set.of("r1", "r2", "r3", "r4"));
            return null;
        });
        NetworkRenderer.FrameCounts frame = nextFrame();
        assertEquals(4, frame.nodes);
        assertEquals(2, frame.edges);
    }

    @Test
    void aSmallNetworkDrawsEachElementOnItsOwn() {
        Subgraph small = SampleNetwork.small();
        settle(small);
        NetworkRenderer.FrameCounts frame = nextFrame();
        assertEquals(0, frame.images);
        // A fill and an outline per node, a stroke per edge, at least.
        assertTrue(frame.paths >= 2 * small.entities().size() + small.relationships().size(), frame::toString);
    }

    @Test
    void theManyEdgesOfALargeNetworkAreLaidOnTheCanvasAsOneImage() {
        Subgraph large = SampleNetwork.generated(400);
        settle(large);
        // The picture is painted off the JavaFX thread and laid from the frame after it is ready.
        org.solidarityatlas.testing.Fx.waitUntil(() -> view.lastFrameDrawn().images > 0);
        NetworkRenderer.FrameCounts frame = nextFrame();
        assertTrue(large.relationships().size() > EdgeLayer.BATCH_EDGES);
        assertEquals(1, frame.images, frame::toString);
        assertEquals(large.relationships().size(), frame.edges, frame::toString);
        assertTrue(frame.rasterPixels > 0, frame::toString);
        // No path per edge or arrowhead: at most a fill and an outline per node, and label backgrounds.
        assertTrue(frame.paths <= 2 * large.entities().size() + frame.nodeLabels, frame::toString);
    }

    @Test
    void zoomedOutALargeNetworkLabelsOnlyItsHubs() {
        Subgraph large = SampleNetwork.generated(400);
        settle(large);
        Set<String> hubs = fx(() -> large.entities().stream().map(Entity::id)
                .filter(id -> !view.entityClasses(id).contains("minor")).collect(Collectors.toSet()));
        NetworkRenderer.FrameCounts frame = nextFrame();
        assertTrue(hubs.size() < large.entities().size());
        // Only hubs' labels (those of hubs at the very edge may fall outside the view).
        assertTrue(frame.nodeLabels > 0 && frame.nodeLabels <= hubs.size(), frame::toString);
        fx(() -> {
            view.zoomBy(4);
            return null;
        });
        NetworkRenderer.FrameCounts closer = nextFrame();
        assertTrue(closer.nodeLabels > 0 && closer.nodes < large.entities().size(), closer::toString);
        assertTrue(closer.nodeLabels > closer.nodes / 2, closer::toString);
    }

    @Test
    void labelsOfALargeNetworkNeverOverlapOneAnother() {
        Subgraph large = SampleNetwork.generated(400);
        settle(large);
        for (double zoom : new double[] {1, 2.5}) {
            fx(() -> {
                view.zoomBy(zoom);
                return null;
            });
            List<double[]> boxes = nextFrame().labelBoxes;
            assertTrue(boxes.size() > 1, "labels drawn: " + boxes.size());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] a = boxes.get(i);
                    double[] b = boxes.get(j);
                    boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1]
                            || b[1] + b[3] <= a[1];
                    assertTrue(apart, "labels " + i + " and " + j + " overlap at zoom " + zoom);
                }
            }
        }
    }

    @Test
    void whileTheCameraMovesLargeGroupsLeaveOutArrowheadsUntilItRests() {
        Subgraph large = SampleNetwork.generated(400);
        settle(large);
        long before = fx(() -> {
            view.panBy(5, 0);
            return view.framesDrawn();
        });
        NetworkRenderer.FrameCounts moving = frameAfter(before);
        assertTrue(moving.moving, moving::toString);
        assertEquals(0, moving.arrows, moving::toString);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(view::lastFrameDrawn).moving);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no full frame after the camera stopped", e);
        }
        NetworkRenderer.FrameCounts still = fx(view::lastFrameDrawn);
        assertFalse(still.moving);
        long directed = large.relationships().stream().filter(r -> !r.from().equals(r.to())).count();
        assertTrue(still.arrows > 0 && still.arrows <= directed, still::toString);
    }

    @Test
    void whileTheCameraMovesTheScreenDrawsAtMostItsEdgeBudgetAndAllOnceItRests() {
        Subgraph large = SampleNetwork.generated(400);
        int all = large.relationships().size();
        settle(large);
        long before = fx(() -> {
            view.setMovingEdgesAtMost(100);
            view.panBy(5, 0);
            return view.framesDrawn();
        });
        NetworkRenderer.FrameCounts moving = frameAfter(before);
        assertTrue(moving.moving, moving::toString);
        // Every k-th edge, k = ceil(shown / budget): about the budget, never more than one stride's worth over.
        int stride = (all + 99) / 100;
        assertTrue(moving.edges <= all / stride + 1, moving::toString);
        assertEquals(all, moving.edges + moving.edgesThinned, moving::toString);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(view::lastFrameDrawn).moving);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no full frame after the camera stopped", e);
        }
        NetworkRenderer.FrameCounts still = fx(view::lastFrameDrawn);
        assertEquals(0, still.edgesThinned, still::toString);
        assertEquals(all, still.edges, still::toString);
    }

    @Test
    void anExportTakenWhileTheCameraMovesDrawsEveryEdge() {
        Subgraph large = SampleNetwork.generated(400);
        settle(large);
        NetworkRenderer.FrameCounts export = fx(() -> {
            view.setMovingEdgesAtMost(100);
            view.panBy(5, 0);
            view.snapshot(1);
            return view.lastFrameDrawn();
        });
        assertFalse(export.moving, export::toString);
        assertEquals(0, export.edgesThinned, export::toString);
        assertEquals(large.relationships().size(), export.edges, export::toString);
    }

    @Test
    void zoomedInAMovingFrameThinsItsEdgesLessThanWhenTheWholeNetworkIsInView() {
        assertEquals(8, NetworkRenderer.movingEdgeStride(45_000, 1, 6_000));
        assertEquals(2, NetworkRenderer.movingEdgeStride(45_000, 0.5, 6_000));
        assertEquals(1, NetworkRenderer.movingEdgeStride(45_000, 0.25, 6_000));
        assertEquals(1, NetworkRenderer.movingEdgeStride(5_000, 1, 6_000));
        assertEquals(1, NetworkRenderer.movingEdgeStride(0, 1, 6_000));
    }

    @Test
    void aNetworkWithVeryManyEdgesDrawsThemSimplyEvenWhenTheCameraRests() {
        Subgraph large = SampleNetwork.generated(400);
        settle(large);
        long before = fx(() -> {
            view.setSimpleEdgesAbove(large.relationships().size() - 1);
            return view.framesDrawn();
        });

        // The frame after the change, or the full frame drawn once the camera rests if that one was moving.
        NetworkRenderer.FrameCounts still = frameAfter(before);
        if (still.moving) {
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(view::lastFrameDrawn).moving);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no full frame after the camera stopped", e);
            }
            still = fx(view::lastFrameDrawn);
        }
        assertFalse(still.moving, still::toString);
        assertEquals(0, still.arrows, still::toString);
        // Its picture is painted off the JavaFX thread and laid by a frame soon after.
        org.solidarityatlas.testing.Fx.waitUntil(() -> view.lastFrameDrawn().images > 0);
        NetworkRenderer.FrameCounts laid = fx(view::lastFrameDrawn);
        assertFalse(laid.moving, laid::toString);
        assertEquals(0, laid.arrows, laid::toString);
    }

    @Test
    void zoomedFarOutTheScreenLeavesOutEdgesHiddenUnderTheirNodesButAnExportDrawsThem() {
        Subgraph large = SampleNetwork.generated(400);
        settle(large);
        // Counted in the same turn as the zoom: a frame the edge painter asks for may come at any time.
        long before = fx(() -> {
            view.zoomBy(0.1);
            return view.framesDrawn();
        });
        NetworkRenderer.FrameCounts screen = frameAfter(before);

        assertTrue(screen.edgesUnderNodes > 0, screen::toString);
        assertTrue(screen.edgesUnderNodes < screen.edges, screen::toString);
        NetworkRenderer.FrameCounts export = fx(() -> {
            view.snapshot(1);
            return view.lastFrameDrawn();
        });
        assertEquals(0, export.edgesUnderNodes, export::toString);
        assertEquals(screen.edges, export.edges, export::toString);
    }

    @Test
    void manyLinesOverOnePixelDarkenItAsSeparateStrokesWould() {
        int once = fx(() -> alphaAfterLines(1));
        int twice = fx(() -> alphaAfterLines(2));
        assertTrue(once > 0, "a line leaves ink");
        assertTrue(twice > once, once + " then " + twice);
        assertEquals(0, (int) fx(() -> {
            EdgeRaster raster = new EdgeRaster();
            raster.begin(20, 20);
            raster.setColour(javafx.scene.paint.Color.rgb(90, 90, 90, 0.5), 1.2);
            raster.line(0, 10.5, 20, 10.5);
            return raster.finish().getPixelReader().getArgb(10, 2) >>> 24;
        }), "pixels away from the line stay clear");
    }

    private static int alphaAfterLines(int count) {
        EdgeRaster raster = new EdgeRaster();
        raster.begin(20, 20);
        raster.setColour(javafx.scene.paint.Color.rgb(90, 90, 90, 0.5), 1.2);
        for (int i = 0; i < count; i++) {
            raster.line(0, 10.5, 20, 10.5);
        }
        return raster.finish().getPixelReader().getArgb(10, 10) >>> 24;
    }

    private void settle(Subgraph graph) {
        fx(() -> {
            view.show(graph);
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(view::isLayoutSettled));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("layout did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The counts of the first frame drawn on screen after frame number {@code before}: the one an action taken
     * since caused, even if the machine is so slow that a later frame replaced it already.
     */
    private NetworkRenderer.FrameCounts frameAfter(long before) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(view::framesDrawn) > before);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no frame drawn", e);
        }
        return fx(() -> view.frameDrawn(before + 1)).orElseThrow();
    }

    /** The counts of the frame drawn after what the test just did. */
    private NetworkRenderer.FrameCounts nextFrame() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return fx(view::lastFrameDrawn);
    }

    private static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

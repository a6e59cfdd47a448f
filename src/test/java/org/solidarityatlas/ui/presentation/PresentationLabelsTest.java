package org.solidarityatlas.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.ui.app.ExplorerComposition;
import org.solidarityatlas.testing.StoryFixtures;
import org.solidarityatlas.ui.network.DrawnLabel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of two stories, on the bundled history and on a made-up one, draws the labels of its focus, and no
 * label drawn overlaps another, a node or an overlay (the years, the legend, the "+N more" note): checked on the
 * rectangles the frame drew against the nodes' discs and the overlays' bounds on screen.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationLabelsTest {

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

    private static Bounds boundsOf(DrawnLabel label) {
        return new BoundingBox(label.left(), label.top(), label.width(), label.height());
    }

    /** Strict overlap: rectangles that only touch do not overlap. */
    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX() && a.getMinY() < b.getMaxY()
                && b.getMinY() < a.getMaxY();
    }

    private static boolean coversDisc(Bounds box, Point2D centre, double radius) {
        double x = Math.max(box.getMinX(), Math.min(centre.getX(), box.getMaxX()));
        double y = Math.max(box.getMinY(), Math.min(centre.getY(), box.getMaxY()));
        return centre.distance(x, y) < radius;
    }

    /** The overlays drawn over the network, in the network view's coordinates. */
    private List<Bounds> overlays() {
        List<Bounds> result = new ArrayList<>();
        Node network = window.network().node();
        for (String selector : List.of(".years", ".legend", ".left-out")) {
            Node overlay = window.pane().lookup(selector);
            if (overlay != null && overlay.isVisible()) {
                result.add(network.sceneToLocal(overlay.localToScene(overlay.getBoundsInLocal())));
            }
        }
        return result;
    }

    /** What is wrong with the labels of the frame on screen now, or null when nothing is. */
    private String labelProblem(Set<String> focus) {
        List<DrawnLabel> labels = window.network().labelling().drawn();
        Set<String> labelled = labels.stream().filter(DrawnLabel::ofEntity).map(DrawnLabel::elementId)
                .collect(Collectors.toSet());
        for (String id : focus) {
            if (!labelled.contains(id)) {
                return "the focus " + id + " has no label";
            }
        }
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                if (overlap(boundsOf(labels.get(a)), boundsOf(labels.get(b)))) {
                    return labels.get(a) + " overlaps " + labels.get(b);
                }
            }
        }
        List<Bounds> overlays = overlays();
        for (DrawnLabel label : labels) {
            Bounds box = boundsOf(label);
            for (Bounds overlay : overlays) {
                if (overlap(box, overlay)) {
                    return label + " is under an overlay at " + overlay;
                }
            }
            if (!label.ofEntity()) {
                continue;
            }
            for (String id : window.network().visibleEntityIds()) {
                Optional<Point2D> centre = window.network().entityPositionInView(id);
                OptionalDouble radius = window.network().labelling().nodeRadius(id);
                if (centre.isPresent() && radius.isPresent() && coversDisc(box, centre.get(), radius.getAsDouble())) {
                    return label + " covers the node of " + id + " at " + centre.get() + " r="
                            + radius.getAsDouble() + "; its own node at "
                            + window.network().entityPositionInView(label.elementId()) + " r="
                            + window.network().labelling().nodeRadius(label.elementId());
                }
            }
        }
        return null;
    }

    /** The problem once the frame has caught up with the step (the camera's glide ends), or the last one seen. */
    private String settledLabelProblem(Set<String> focus) {
        String problem = "no frame looked at";
        for (int attempt = 0; attempt < 60 && problem != null; attempt++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            problem = Fx.call(() -> labelProblem(focus));
        }
        return problem;
    }

    private void everyStepLabelsItsFocusWithoutOverlaps(Dataset dataset) {
        present(dataset);
        LoadedGraph graph = new LoadedGraph(dataset);
        int steps = dataset.stories().get(0).steps().size();
        for (int i = 0; i < steps; i++) {
            int step = i;
            Fx.run(() -> window.viewModel().go(step));
            Fx.waitUntil(() -> !window.animatingProperty().get());
            Set<String> focus = Fx.call(() -> {
                Set<String> shownFocus = window.viewModel().shown().view().knownFocus(graph);
                shownFocus.retainAll(window.viewModel().shown().visible().entityIds());
                return shownFocus;
            });
            assertNull(settledLabelProblem(focus), "step " + (step + 1));
            assertTrue(Fx.call(() -> window.network().labelling().drawn().size()) > 0, "step " + (step + 1));
        }
    }

    @Test
    void everyStepOfAMadeUpStoryLabelsItsFocusWithoutOverlaps() {
        everyStepLabelsItsFocusWithoutOverlaps(StoryFixtures.read("harbour-sources.json"));
    }

    @Test
    void everyStepOfTheBundledStoryLabelsItsFocusWithoutOverlaps() {
        everyStepLabelsItsFocusWithoutOverlaps(StoryFixtures.bundled());
    }

    @Test
    void networkLabelsAreAsLargeAsTheStepsText() {
        present(StoryFixtures.bundled());
        Fx.waitUntil(() -> !window.animatingProperty().get());
        // A label's box holds a line of text and its padding: at least as high as a line at the text's size.
        double body = Fx.call(() -> new javafx.scene.text.Text("Hg").getLayoutBounds().getHeight()
                / javafx.scene.text.Font.getDefault().getSize() * window.pane().bodyTextSize());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        List<DrawnLabel> labels = Fx.call(() -> window.network().labelling().drawn());
        assertTrue(!labels.isEmpty());
        for (DrawnLabel label : labels) {
            assertTrue(label.height() >= body, label + " is lower than a line of the text, " + body + " px");
        }
    }
}

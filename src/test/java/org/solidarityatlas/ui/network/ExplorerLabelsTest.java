package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Subgraph;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer's labels after Fit: none cut by the pane's edge, and edge labels never over node labels. */
@ExtendWith(ApplicationExtension.class)
class ExplorerLabelsTest {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 420;

    private NetworkView view;

    @Start
    void start(Stage stage) {
        view = new NetworkView();
        stage.setScene(new Scene(view.node(), WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void dispose() {
        fx(() -> {
            view.dispose();
            return null;
        });
    }

    private void settleAndFit(Subgraph network) {
        fx(() -> {
            view.show(network);
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(view::isLayoutSettled));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("layout did not settle", e);
        }
        fx(() -> {
            view.fit();
            return null;
        });
    }

    /** The labels of a frame drawn after the last action. */
    private List<DrawnLabel> labelsNow() {
        long before = fx(() -> {
            // Nudging by nothing still asks for a frame.
            view.panBy(0, 0);
            return view.framesDrawn();
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(view::framesDrawn) > before);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no frame drawn", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> view.labelling().drawn());
    }

    /**
     * Inside the pane as it is laid out: the test's stage may be one another test class left bigger than the scene
     * asked for, and then the pane fills it.
     */
    private boolean insidePane(DrawnLabel label) {
        double width = fx(() -> view.node().getLayoutBounds().getWidth());
        double height = fx(() -> view.node().getLayoutBounds().getHeight());
        return label.left() >= 0 && label.top() >= 0 && label.left() + label.width() <= width
                && label.top() + label.height() <= height;
    }

    private static boolean overlap(DrawnLabel a, DrawnLabel b) {
        return a.left() < b.left() + b.width() && b.left() < a.left() + a.width()
                && a.top() < b.top() + b.height() && b.top() < a.top() + a.height();
    }

    private void everyLabelLiesInsideThePaneAfterFit(Subgraph network) {
        settleAndFit(network);
        List<DrawnLabel> labels = labelsNow();
        assertTrue(labels.stream().filter(DrawnLabel::ofEntity).count() >= 5, labels::toString);
        for (DrawnLabel label : labels) {
            assertTrue(insidePane(label), label + " is cut by the pane's edge");
        }
    }

    @Test
    void afterFitNoLabelOfASmallNetworkIsCutByThePanesEdge() {
        everyLabelLiesInsideThePaneAfterFit(SampleNetwork.alliance());
    }

    @Test
    void afterFitNoLabelOfACrowdedNetworkIsCutByThePanesEdge() {
        everyLabelLiesInsideThePaneAfterFit(SampleNetwork.generated(300));
    }

    @Test
    void edgeLabelsDoNotSitOnNodeLabels() {
        Subgraph network = SampleNetwork.alliance();
        settleAndFit(network);
        // Select the alliance: its links (no more than ten) are labelled, its neighbours highlighted.
        Set<String> entities = new HashSet<>(Set.of("soa"));
        Set<String> links = new HashSet<>();
        for (Relationship r : network.relationships()) {
            if (r.from().equals("soa") || r.to().equals("soa")) {
                links.add(r.id());
                entities.add(r.from());
                entities.add(r.to());
            }
        }
        assertTrue(links.size() <= 10 && links.size() >= 2, "the sample's alliance has a few links");
        fx(() -> {
            view.setSelection(Optional.of("soa"), entities, links);
            return null;
        });
        List<DrawnLabel> labels = labelsNow();
        List<DrawnLabel> edgeLabels = labels.stream().filter(l -> !l.ofEntity()).toList();
        assertFalse(edgeLabels.isEmpty(), labels::toString);
        for (DrawnLabel edge : edgeLabels) {
            for (DrawnLabel node : labels.stream().filter(DrawnLabel::ofEntity).toList()) {
                assertFalse(overlap(edge, node), edge + " sits on " + node);
            }
        }
    }

    private static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

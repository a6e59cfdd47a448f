package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.testing.Fx;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How marked elements are drawn, read from the pixels at a node's centre: the isolated person "loner" of the small
 * sample network, a solid amber disc (230, 159, 0) on white when nothing marks it.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkMarksTest {

    private NetworkView view;

    @Start
    void start(Stage stage) {
        view = new NetworkView();
        stage.setScene(new Scene(view.node(), 800, 600));
        stage.sizeToScene();
        stage.show();
    }

    @BeforeEach
    void showSmallNetwork() {
        Fx.run(() -> view.show(SampleNetwork.small()));
        Fx.waitUntil(() -> Fx.call(view::isLayoutSettled));
    }

    @AfterEach
    void dispose() {
        Fx.run(view::dispose);
    }

    @Test
    void anEntityOutsideTheFiltersIsDrawnPale() {
        double plain = whiteness(centreOf("loner"));
        Fx.run(() -> view.setOutsideFilters(Set.of("loner")));
        double outside = whiteness(centreOf("loner"));
        assertTrue(plain < 0.4, "the plain node is solid: " + plain);
        assertTrue(outside > plain + 0.3, "pale outside the filters: " + plain + " then " + outside);
    }

    @Test
    void aRelationshipOutsideTheFiltersIsDrawnPale() {
        // Highlighted as a path's relationship is, so it is drawn dark.
        Fx.run(() -> view.setSelection(java.util.Optional.empty(), Set.of("ue", "soa"), Set.of("r1")));
        double plain = middleOf("ue", "soa").getBrightness();
        Fx.run(() -> view.setOutsideFilters(Set.of("r1")));
        double outside = middleOf("ue", "soa").getBrightness();
        assertTrue(plain < 0.4, "the highlighted line is dark: " + plain);
        assertTrue(outside > plain + 0.25, "pale outside the filters: " + plain + " then " + outside);
    }

    @Test
    void anEndedEntityFadesWithTheEndedOpacity() {
        Fx.run(() -> view.setChangeMarks(Set.of(), Set.of("loner")));
        double tinted = whiteness(centreOf("loner"));
        Fx.run(() -> view.setEndedOpacity(0.5));
        double half = whiteness(centreOf("loner"));
        Fx.run(() -> view.setEndedOpacity(0));
        double gone = whiteness(centreOf("loner"));
        assertTrue(half > tinted + 0.1, "half faded: " + tinted + " then " + half);
        assertTrue(gone > 0.97, "faded out: " + gone);
    }

    /** The colour drawn at the entity's centre. */
    private Color centreOf(String id) {
        return Fx.call((Callable<Color>) () -> {
            WritableImage image = view.snapshot(1);
            Point2D at = view.entityPositionInView(id).orElseThrow();
            return image.getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
        });
    }

    /**
     * The darkest colour drawn near the middle of the edge between two entities (a few pixels across it, as the
     * line may fall between pixel centres).
     */
    private Color middleOf(String from, String to) {
        return Fx.call((Callable<Color>) () -> {
            WritableImage image = view.snapshot(1);
            Point2D a = view.entityPositionInView(from).orElseThrow();
            Point2D b = view.entityPositionInView(to).orElseThrow();
            Point2D m = a.midpoint(b);
            Color darkest = Color.WHITE;
            for (int dx = -2; dx <= 2; dx++) {
                for (int dy = -2; dy <= 2; dy++) {
                    Color c = image.getPixelReader().getColor((int) Math.round(m.getX()) + dx,
                            (int) Math.round(m.getY()) + dy);
                    if (c.getBrightness() < darkest.getBrightness()) {
                        darkest = c;
                    }
                }
            }
            return darkest;
        });
    }

    /** 0 for the most saturated colour, 1 for white: how little of the colour shows over the white ground. */
    private static double whiteness(Color c) {
        return Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) / Math.max(1e-9, Math.max(c.getRed(),
                Math.max(c.getGreen(), c.getBlue())));
    }
}

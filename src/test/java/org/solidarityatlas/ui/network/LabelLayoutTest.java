package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

/** Where labels go, in plain geometry: no JavaFX, texts measured as seven pixels a character. */
class LabelLayoutTest {

    private static final double CHAR_PX = 7;
    private static final double LINE_PX = 16;

    @Test
    void aLoneNodeIsPulledInsideTheBoxOfTheLargestPart() {
        // Nodes 0-1-2 linked in a corner 10 units wide; node 3 alone far away.
        double[] positions = {0, 0, 10, 0, 0, 10, 100, 100};
        double[] pulled = LabelLayout.pulledTogether(positions, new int[] {0, 1}, new int[] {1, 2}, new boolean[4]);
        assertArrayEquals(new double[] {0, 0, 10, 0, 0, 10, 10, 10}, pulled, 1e-9);
    }

    @Test
    void aPartHoldingAPinnedNodeStaysWhereItIs() {
        double[] positions = {0, 0, 10, 0, 0, 10, 100, 100};
        boolean[] pinned = {false, false, false, true};
        double[] pulled = LabelLayout.pulledTogether(positions, new int[] {0, 1}, new int[] {1, 2}, pinned);
        assertArrayEquals(positions, pulled, 1e-9);
    }

    @Test
    void aWideLayoutIsStretchedUpToTheViewsShape() {
        // A box 4 wide and 2 tall, for a square view: twice as tall about its centre y = 1.
        double[] positions = {0, 0, 4, 2, 2, 1};
        double[] stretched = LabelLayout.stretchedToAspect(positions, new boolean[3], 1);
        assertArrayEquals(new double[] {0, -1, 4, 3, 2, 1}, stretched, 1e-9);
    }

    @Test
    void stretchingStopsAtThreeTimes() {
        double[] positions = {0, 0, 10, 1};
        double[] stretched = LabelLayout.stretchedToAspect(positions, new boolean[2], 1);
        assertEquals(3, stretched[3] - stretched[1], 1e-9);
        assertEquals(10, stretched[2] - stretched[0], 1e-9);
    }

    @Test
    void spacingShowsMoreLabelsAndNoneOverlapWhenTheWholeNetworkIsFramed() {
        NetworkModel crowded = unionsInARing();
        new LabelLayout(crowded, text -> CHAR_PX * text.length(), LINE_PX).chooseLabelled(400, 300);
        int shownWithoutSpacing = labelBoxes(crowded).size();

        NetworkModel spaced = unionsInARing();
        LabelLayout labels = new LabelLayout(spaced, text -> CHAR_PX * text.length(), LINE_PX);
        labels.space(400, 300, 0);
        labels.chooseLabelled(400, 300);
        List<double[]> shown = labelBoxes(spaced);

        assertTrue(shown.size() > shownWithoutSpacing, shown.size() + " labels, " + shownWithoutSpacing + " before");
        for (int a = 0; a < shown.size(); a++) {
            for (int b = a + 1; b < shown.size(); b++) {
                double[] p = shown.get(a);
                double[] q = shown.get(b);
                boolean apart = p[2] <= q[0] || q[2] <= p[0] || p[3] <= q[1] || q[3] <= p[1];
                assertTrue(apart, "labels " + a + " and " + b + " overlap");
            }
        }
    }

    /** A hub and ten unions round it on a circle, their neighbours closer than their labels are long. */
    private static NetworkModel unionsInARing() {
        SampleNetwork network = new SampleNetwork().entity("u0", EntityType.UNION, "Union number 0", null, null);
        double[] xy = new double[22];
        for (int i = 1; i <= 10; i++) {
            network.entity("u" + i, EntityType.UNION, "Union number " + (i % 10), null, null);
            network.link("r" + i, "partner_of", "u0", "u" + i);
            xy[2 * i] = Math.cos(Math.toRadians(36 * i));
            xy[2 * i + 1] = Math.sin(Math.toRadians(36 * i));
        }
        NetworkModel model = NetworkModel.of(network.subgraph(), Map.of());
        model.takeLayoutPositions(xy);
        return model;
    }

    /**
     * The boxes {@code [left, top, right, bottom]} in pixels of the labels shown when the whole network is framed
     * in 400 by 300 pixels: from the node's left edge to the end of its text, a line of text high.
     */
    private static List<double[]> labelBoxes(NetworkModel model) {
        Box box = model.layoutBounds();
        double pxPerUnit = Math.min(400 / box.width(), 300 / box.height());
        List<double[]> shown = new ArrayList<>();
        for (int i = 0; i < model.nodeCount(); i++) {
            if (!model.minor[i]) {
                double x = model.x(i) * pxPerUnit;
                double y = -model.y(i) * pxPerUnit;
                double half = model.nodeSizePx[i] / 2;
                double right = x + half + 3 + CHAR_PX * "Union number 0".length() + 4;
                shown.add(new double[] {x - half, y - (LINE_PX + 2) / 2, right, y + (LINE_PX + 2) / 2});
            }
        }
        return shown;
    }

    @Test
    void ofTwoLabelsInTheSamePlaceTheMoreConnectedNodeKeepsItsOwn() {
        SampleNetwork network = new SampleNetwork()
                .entity("hub", EntityType.UNION, "Hub", null, null)
                .entity("twin", EntityType.UNION, "Twin", null, null)
                .entity("a", EntityType.PERSON, "A", null, null)
                .entity("b", EntityType.PERSON, "B", null, null)
                .link("r1", "member_of", "a", "hub")
                .link("r2", "member_of", "b", "hub")
                .link("r3", "partner_of", "twin", "hub");
        NetworkModel model = NetworkModel.of(network.subgraph(), Map.of());
        // hub and twin a hair apart; a and b far off, framing a large layout.
        model.takeLayoutPositions(new double[] {0, 0, 0.001, 0, -100, -100, 100, 100});
        LabelLayout labels = new LabelLayout(model, text -> CHAR_PX * text.length(), LINE_PX);
        labels.chooseLabelled(400, 300);
        assertFalse(model.minor[model.nodeOf("hub")]);
        assertTrue(model.minor[model.nodeOf("twin")]);
        assertFalse(model.minor[model.nodeOf("a")]);
    }

    @Test
    void overflowIsHowFarTheRightmostLabelReachesPastTheNodes() {
        SampleNetwork network = new SampleNetwork()
                .entity("left", EntityType.UNION, "L", null, null)
                .entity("right", EntityType.UNION, "Right", null, null);
        NetworkModel model = NetworkModel.of(network.subgraph(), Map.of());
        model.takeLayoutPositions(new double[] {0, 0, 10, 0});
        LabelLayout labels = new LabelLayout(model, text -> CHAR_PX * text.length(), LINE_PX);
        double nodeHalf = model.nodeSizePx[1] / 2;
        double rightLabel = nodeHalf + 3 + CHAR_PX * 5 + 4;
        // At 2 pixels a unit the left node's short label ends well before the right one's.
        assertEquals(rightLabel - 5, labels.overflowPx(new int[] {0, 1}, 10, 2, 5), 1e-9);
        assertEquals(0, labels.overflowPx(new int[] {0, 1}, 10, 2, rightLabel + 1), 1e-9);
    }
}

package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelSpacingTest {

    private static final double[] LEFT = {10, 10};
    private static final double[] RIGHT = {80, 80};
    private static final double[] ABOVE = {10, 10};
    private static final double[] BELOW = {10, 10};

    @Test
    void overlappingLabelsArePushedApartUntilTheyNoLongerOverlap() {
        double[] positions = {0, 0, 0.3, 0.1};
        double[] spread = LabelSpacing.spread(positions, LEFT, RIGHT, ABOVE, BELOW, new boolean[2], 100, 20);
        double dx = Math.abs(spread[0] - spread[2]) * 100;
        double dy = Math.abs(spread[1] - spread[3]) * 100;
        assertTrue(dx >= 90 || dy >= 20, "apart by " + dx + " x " + dy + " pixels");
    }

    @Test
    void aFixedNodeStaysWhereItIs() {
        double[] positions = {0, 0, 0.3, 0.1};
        double[] spread = LabelSpacing.spread(positions, LEFT, RIGHT, ABOVE, BELOW, new boolean[] {true, false},
                100, 20);
        assertEquals(0, spread[0]);
        assertEquals(0, spread[1]);
    }

    @Test
    void nodesAlreadyApartDoNotMove() {
        double[] positions = {0, 0, 5, 5};
        double[] spread = LabelSpacing.spread(positions, LEFT, RIGHT, ABOVE, BELOW, new boolean[2], 100, 20);
        assertArrayEquals(positions, spread, 1e-12);
    }

    @Test
    void aLongLabelIsCutAtAWordWithAnEllipsis() {
        String cut = LabelSpacing.shortened("US NAO public hearing on the Echlin submission");
        assertEquals("US NAO public hearing…", cut);
    }

    @Test
    void aShortLabelIsKeptWhole() {
        assertEquals("UE-FAT alliance", LabelSpacing.shortened("UE-FAT alliance"));
    }

    @Test
    void whenNotAllLabelsFitTheMostConnectedNodesKeepTheirs() {
        double[] width = {100, 100, 100};
        double[] height = {15, 15, 15};
        int[] degree = {1, 9, 4};
        // Room for two boxes of about 103 x 18 pixels at a fifth of the view.
        boolean[] labelled = LabelSpacing.labelsThatFit(width, height, degree, 200, 100);
        assertArrayEquals(new boolean[] {false, true, true}, labelled);
    }

    @Test
    void aLabelOverlappingAMoreConnectedNodesLabelIsLeftOut() {
        // Three nodes on a row, 50 pixels apart, labels 80 pixels wide: the middle one's label covers the right one.
        double[] positions = {0, 0, 0.5, 0, 1, 0};
        double[] left = {5, 5, 5};
        double[] right = {80, 80, 80};
        double[] half = {8, 8, 8};
        boolean[] kept = LabelSpacing.withoutOverlaps(new boolean[] {true, true, true}, positions, left, right, half,
                new int[] {1, 5, 2}, 100);
        assertArrayEquals(new boolean[] {false, true, false}, kept);
    }
}

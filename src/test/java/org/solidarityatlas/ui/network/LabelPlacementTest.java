package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where {@link LabelLayout#place} puts labels, one rule a test, in plain geometry: texts are 10 pixels a character
 * and 20 high, nodes discs of radius 10.
 */
class LabelPlacementTest {

    private static final double CHAR_PX = 10;
    private static final double HEIGHT = 20;
    private static final double RADIUS = 10;
    private static final ScreenRect WIDE = new ScreenRect(0, 0, 1000, 1000);

    private static LabelLayout.Wanted label(double x, double y, int rank, int degree, String... texts) {
        double[] widths = new double[texts.length];
        for (int k = 0; k < texts.length; k++) {
            widths[k] = CHAR_PX * texts[k].length();
        }
        return new LabelLayout.Wanted(x, y, RADIUS, List.of(texts), widths, HEIGHT, rank, degree);
    }

    /** The discs of the given labels' nodes, as the renderer gives them before placing. */
    private static OccupiedArea nodesOf(List<LabelLayout.Wanted> labels) {
        OccupiedArea occupied = new OccupiedArea();
        for (LabelLayout.Wanted w : labels) {
            occupied.addDisc(w.x(), w.y(), w.radius());
        }
        return occupied;
    }

    private static LabelLayout.Placed placedOf(List<LabelLayout.Placed> placed, int index) {
        return placed.stream().filter(p -> p.index() == index).findFirst().orElse(null);
    }

    @Test
    void aLabelWithRoomSitsRightOfItsNode() {
        List<LabelLayout.Wanted> labels = List.of(label(500, 500, LabelLayout.ORDINARY, 1, "Harbour union"));
        LabelLayout.Placed placed = LabelLayout.place(labels, nodesOf(labels), WIDE, false).get(0);
        assertTrue(placed.box().left() > 500 + RADIUS, placed::toString);
        assertEquals(500, placed.box().top() + placed.box().height() / 2, 1e-9);
    }

    @Test
    void aLabelWhoseRightIsTakenByANodeMovesToAnotherSideClearOfIt() {
        List<LabelLayout.Wanted> labels = List.of(label(500, 500, LabelLayout.ORDINARY, 1, "Harbour union"));
        OccupiedArea occupied = nodesOf(labels);
        // A node just right of it.
        occupied.addDisc(560, 500, RADIUS);
        LabelLayout.Placed placed = LabelLayout.place(labels, occupied, WIDE, false).get(0);
        assertFalse(placed.box().intersectsDisc(560, 500, RADIUS), placed::toString);
        assertFalse(placed.box().intersectsDisc(500, 500, RADIUS), placed::toString);
    }

    @Test
    void inTheExplorerALabelWithNoPlaceClearOfNodesMayCoverOneButNoLabel() {
        List<LabelLayout.Wanted> labels = List.of(label(500, 500, LabelLayout.ORDINARY, 1, "Harbour union"));
        OccupiedArea occupied = nodesOf(labels);
        for (int k = 0; k < 16; k++) {
            double angle = 2 * Math.PI * k / 16;
            occupied.addDisc(500 + 40 * Math.cos(angle), 500 + 40 * Math.sin(angle), RADIUS);
        }
        assertTrue(LabelLayout.place(labels, occupied, WIDE, false).isEmpty(), "in presentation it is left out");
        ScreenRect other = new ScreenRect(520, 480, 200, 40);
        occupied.addBox(other);
        List<LabelLayout.Placed> placed = LabelLayout.place(labels, occupied, WIDE, true);
        assertEquals(1, placed.size());
        assertFalse(placed.get(0).box().intersects(other));
        assertFalse(placed.get(0).box().intersectsDisc(500, 500, RADIUS), "never over its own node");
    }

    @Test
    void theFocusTakesTheContestedPlaceBeforeAMoreConnectedLabel() {
        // Two nodes side by side 20 px apart in an area that leaves room for one label only, right of both.
        ScreenRect narrow = new ScreenRect(0, 470, 400, 60);
        List<LabelLayout.Wanted> labels = List.of(
                label(100, 500, LabelLayout.ORDINARY, 9, "Dock committee"),
                label(100, 500 + 0.1, LabelLayout.NEVER_LEFT_OUT, 1, "Strike fund"));
        List<LabelLayout.Placed> placed = LabelLayout.place(labels, new OccupiedArea(), narrow, false);
        assertNotNull(placedOf(placed, 1), "the focus is drawn");
        assertNull(placedOf(placed, 0), "the other has no room left");
    }

    @Test
    void amongOrdinaryLabelsTheMoreConnectedIsPlacedFirst() {
        ScreenRect narrow = new ScreenRect(0, 470, 400, 60);
        List<LabelLayout.Wanted> labels = List.of(
                label(100, 500, LabelLayout.ORDINARY, 2, "Dock committee"),
                label(100, 500 + 0.1, LabelLayout.ORDINARY, 7, "Strike fund"));
        List<LabelLayout.Placed> placed = LabelLayout.place(labels, new OccupiedArea(), narrow, false);
        assertNotNull(placedOf(placed, 1));
        assertNull(placedOf(placed, 0));
    }

    @Test
    void aNameWithNoRoomAroundItsNodeFallsBackOnItsAlias() {
        // 160 px of width: the 26-character name (260 px) fits nowhere, the alias (30 px) does.
        ScreenRect area = new ScreenRect(20, 0, 160, 200);
        List<LabelLayout.Wanted> labels = List.of(
                label(100, 100, LabelLayout.ORDINARY, 1, "Frente Auténtico del Traba", "FAT"));
        LabelLayout.Placed placed = LabelLayout.place(labels, nodesOf(labels), area, false).get(0);
        assertEquals("FAT", placed.text());
        assertTrue(placed.box().inside(area));
    }

    @Test
    void theNameIsKeptWhenAnotherPlaceAroundTheNodeHasRoomForIt() {
        // No room on the right, room on the left: the name moves rather than shrinks.
        ScreenRect area = new ScreenRect(0, 0, 320, 200);
        List<LabelLayout.Wanted> labels = List.of(
                label(290, 100, LabelLayout.ORDINARY, 1, "Frente Auténtico", "FAT"));
        LabelLayout.Placed placed = LabelLayout.place(labels, nodesOf(labels), area, false).get(0);
        assertEquals("Frente Auténtico", placed.text());
        assertTrue(placed.box().right() < 290, placed::toString);
    }

    @Test
    void anOrdinaryLabelWithNoRoomAnywhereIsLeftOut() {
        // Hemmed in by nodes on every side, in an area just larger than its node.
        ScreenRect tight = new ScreenRect(70, 70, 60, 60);
        List<LabelLayout.Wanted> labels = List.of(label(100, 100, LabelLayout.ORDINARY, 5, "Harbour union", "HU"));
        assertTrue(LabelLayout.place(labels, nodesOf(labels), tight, false).isEmpty());
    }

    @Test
    void theFocusLabelIsDrawnEvenWhenEveryPlaceBesideItIsTaken() {
        List<LabelLayout.Wanted> labels = List.of(label(500, 500, LabelLayout.NEVER_LEFT_OUT, 1, "Strike fund"));
        OccupiedArea occupied = nodesOf(labels);
        // A ring of nodes around it, close enough to block all eight places next to it.
        for (int k = 0; k < 16; k++) {
            double angle = 2 * Math.PI * k / 16;
            occupied.addDisc(500 + 40 * Math.cos(angle), 500 + 40 * Math.sin(angle), RADIUS);
        }
        List<LabelLayout.Placed> placed = LabelLayout.place(labels, occupied, WIDE, false);
        assertEquals(1, placed.size());
        ScreenRect box = placed.get(0).box();
        for (int k = 0; k < 16; k++) {
            double angle = 2 * Math.PI * k / 16;
            assertFalse(box.intersectsDisc(500 + 40 * Math.cos(angle), 500 + 40 * Math.sin(angle), RADIUS));
        }
    }

    @Test
    void placedLabelsNeverOverlapOneAnother() {
        // A dense cluster: 30 nodes in a 300 px square.
        java.util.Random random = new java.util.Random(3);
        List<LabelLayout.Wanted> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            labels.add(label(350 + random.nextDouble() * 300, 350 + random.nextDouble() * 300,
                    i < 3 ? LabelLayout.NEVER_LEFT_OUT : LabelLayout.ORDINARY, random.nextInt(8), "Entity " + i,
                    "E" + i));
        }
        List<LabelLayout.Placed> placed = LabelLayout.place(labels, nodesOf(labels), WIDE, false);
        for (int a = 0; a < placed.size(); a++) {
            for (int b = a + 1; b < placed.size(); b++) {
                assertFalse(placed.get(a).box().intersects(placed.get(b).box()), placed.get(a) + " " + placed.get(b));
            }
            for (LabelLayout.Wanted node : labels) {
                assertFalse(placed.get(a).box().intersectsDisc(node.x(), node.y(), node.radius()));
            }
        }
        for (int focus = 0; focus < 3; focus++) {
            assertNotNull(placedOf(placed, focus));
        }
    }

    @Test
    void anEdgeLabelMovesAlongItsEdgeOffANodeLabel() {
        OccupiedArea occupied = new OccupiedArea();
        // A node label over the edge's middle (500, 500).
        occupied.addBox(new ScreenRect(460, 490, 80, 20));
        double[] along = {500, 500, 420, 500, 580, 500};
        ScreenRect box = LabelLayout.placeOnEdge(along, 50, 16, occupied, WIDE);
        assertNotNull(box);
        assertFalse(box.intersects(new ScreenRect(460, 490, 80, 20)));
    }

    @Test
    void anEdgeLabelWithNoFreePlaceAlongItsEdgeIsLeftOut() {
        OccupiedArea occupied = new OccupiedArea();
        occupied.addBox(new ScreenRect(300, 450, 400, 100));
        assertNull(LabelLayout.placeOnEdge(new double[] {500, 500, 420, 500, 580, 500}, 50, 16, occupied, WIDE));
    }
}

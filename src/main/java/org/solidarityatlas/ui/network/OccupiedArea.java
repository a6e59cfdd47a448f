package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What already takes room on screen while labels are placed: node discs and the boxes of labels placed so far,
 * bucketed in square cells so that each test looks only at its neighbourhood (a zoomed-in large network has
 * thousands of nodes on screen).
 */
final class OccupiedArea {

    private static final double CELL = 96;

    private final Map<Long, List<double[]>> discs = new HashMap<>();
    private final Map<Long, List<ScreenRect>> boxes = new HashMap<>();

    void addDisc(double x, double y, double r) {
        double[] disc = {x, y, r};
        forCells(x - r, y - r, x + r, y + r, cell -> discs.computeIfAbsent(cell, k -> new ArrayList<>()).add(disc));
    }

    void addBox(ScreenRect box) {
        forCells(box.left(), box.top(), box.right(), box.bottom(),
                cell -> boxes.computeIfAbsent(cell, k -> new ArrayList<>()).add(box));
    }

    /** True when {@code box} grown by {@code gap} touches no disc and no box held. */
    boolean isFree(ScreenRect box, double gap) {
        return isFree(box, gap, true);
    }

    /** True when {@code box} grown by {@code gap} touches no box held, nor any disc if {@code discsCount}. */
    boolean isFree(ScreenRect box, double gap, boolean discsCount) {
        ScreenRect grown = box.grown(gap);
        boolean[] free = {true};
        forCells(grown.left(), grown.top(), grown.right(), grown.bottom(), cell -> {
            if (!free[0]) {
                return;
            }
            for (ScreenRect other : boxes.getOrDefault(cell, List.of())) {
                if (grown.intersects(other)) {
                    free[0] = false;
                    return;
                }
            }
            for (double[] disc : discsCount ? discs.getOrDefault(cell, List.of()) : List.<double[]>of()) {
                if (grown.intersectsDisc(disc[0], disc[1], disc[2])) {
                    free[0] = false;
                    return;
                }
            }
        });
        return free[0];
    }

    private interface CellAction {
        void at(long cell);
    }

    private static void forCells(double minX, double minY, double maxX, double maxY, CellAction action) {
        long x0 = (long) Math.floor(minX / CELL);
        long x1 = (long) Math.floor(maxX / CELL);
        long y0 = (long) Math.floor(minY / CELL);
        long y1 = (long) Math.floor(maxY / CELL);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                action.at(cx * 1_000_003L + cy);
            }
        }
    }
}

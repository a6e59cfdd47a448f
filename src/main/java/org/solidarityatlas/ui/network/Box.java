package org.solidarityatlas.ui.network;

import java.util.function.IntPredicate;

/**
 * An axis-aligned box around points in layout units: the one place the view, the label spacing, the initial
 * placement's quadtree and the camera take the extent of a set of positions.
 */
record Box(double minX, double minY, double maxX, double maxY) {

    /** The box around positions {@code [x0, y0, x1, y1, ...]}; null when there are none. */
    static Box around(double[] xy) {
        return around(xy, i -> true);
    }

    /** The box around the positions {@code [x0, y0, ...]} of the points {@code counted} accepts; null if none. */
    static Box around(double[] xy, IntPredicate counted) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; 2 * i + 1 < xy.length; i++) {
            if (counted.test(i)) {
                minX = Math.min(minX, xy[2 * i]);
                maxX = Math.max(maxX, xy[2 * i]);
                minY = Math.min(minY, xy[2 * i + 1]);
                maxY = Math.max(maxY, xy[2 * i + 1]);
            }
        }
        return minX > maxX ? null : new Box(minX, minY, maxX, maxY);
    }

    /** The box around points held in two arrays, {@code x} and {@code y}; null when there are none. */
    static Box around(double[] x, double[] y) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return minX > maxX ? null : new Box(minX, minY, maxX, maxY);
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }

    double centreX() {
        return (minX + maxX) / 2;
    }

    double centreY() {
        return (minY + maxY) / 2;
    }

    /** This box grown about its centre to at least {@code size} along each axis. */
    Box atLeast(double size) {
        double w = Math.max(width(), size);
        double h = Math.max(height(), size);
        return new Box(centreX() - w / 2, centreY() - h / 2, centreX() + w / 2, centreY() + h / 2);
    }

    /** Width and height of the box around positions {@code [x0, y0, ...]}, never zero ({1, 1} when empty). */
    static double[] sizeOf(double[] xy) {
        Box box = around(xy);
        return box == null ? new double[] {1, 1}
                : new double[] {Math.max(box.width(), 1e-9), Math.max(box.height(), 1e-9)};
    }
}

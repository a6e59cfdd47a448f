package org.solidarityatlas.ui.network;

/**
 * A rectangle on screen in pixels, y pointing down: a label's box, or the part of the view labels may use. Plain
 * geometry, so that label placement is tested without a window.
 */
record ScreenRect(double left, double top, double width, double height) {

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    /** True when the two rectangles share some area (touching edges do not count). */
    boolean intersects(ScreenRect other) {
        return left < other.right() && other.left < right() && top < other.bottom() && other.top < bottom();
    }

    /** True when the rectangle reaches into the disc of radius {@code r} about {@code (x, y)}. */
    boolean intersectsDisc(double x, double y, double r) {
        double nearestX = Math.max(left, Math.min(x, right()));
        double nearestY = Math.max(top, Math.min(y, bottom()));
        double dx = x - nearestX;
        double dy = y - nearestY;
        return dx * dx + dy * dy < r * r;
    }

    /** True when the rectangle lies wholly inside {@code outer}. */
    boolean inside(ScreenRect outer) {
        return left >= outer.left && top >= outer.top && right() <= outer.right() && bottom() <= outer.bottom();
    }

    /** The rectangle grown by {@code d} pixels on each side. */
    ScreenRect grown(double d) {
        return new ScreenRect(left - d, top - d, width + 2 * d, height + 2 * d);
    }
}

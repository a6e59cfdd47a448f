package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nudges nodes apart so that each node and the label under it do not overlap another's, at a given drawing scale.
 * Force layouts place node centres well but know nothing of labels; this pass runs once the layout has settled.
 */
final class LabelSpacing {

    /** Pixels kept free between two boxes. */
    private static final double GAP = 3;

    /** Labels longer than this many characters are cut at a word with an ellipsis; hover and selection show all. */
    static final int MAX_LABEL_CHARS = 24;
    /**
     * The share of the view that labels may cover once the whole network is framed. Beyond it, spreading the nodes
     * to make room only shrinks the drawing again: the remaining labels show when zoomed in instead.
     */
    static final double LABEL_AREA_SHARE = 0.2;

    private LabelSpacing() {
    }

    /** A label short enough to sit beside its node: at most {@link #MAX_LABEL_CHARS}, cut at a word, with "…". */
    static String shortened(String label) {
        if (label.length() <= MAX_LABEL_CHARS) {
            return label;
        }
        int cut = label.lastIndexOf(' ', MAX_LABEL_CHARS - 1);
        // A cut that keeps less than half the room reads worse than one inside a word.
        String kept = cut >= MAX_LABEL_CHARS / 2 ? label.substring(0, cut) : label.substring(0, MAX_LABEL_CHARS - 1);
        return kept.replaceAll("[\\s,;:.–-]+$", "") + "…";
    }

    /**
     * {@code labelled} without the labels whose boxes would overlap the box of a more connected node's label when
     * drawn at {@code pxPerUnit}. Box i spans {@code left[i]} to {@code right[i]} pixels beside the node's centre
     * and {@code half[i]} above and below it.
     */
    static boolean[] withoutOverlaps(boolean[] labelled, double[] positions, double[] left, double[] right,
            double[] half, int[] degree, double pxPerUnit) {
        int n = labelled.length;
        Integer[] order = byDegree(degree);
        boolean[] kept = new boolean[n];
        List<Integer> accepted = new ArrayList<>();
        for (int i : order) {
            if (!labelled[i]) {
                continue;
            }
            double x = positions[2 * i] * pxPerUnit;
            double y = -positions[2 * i + 1] * pxPerUnit;
            boolean clear = true;
            for (int j : accepted) {
                double xj = positions[2 * j] * pxPerUnit;
                double yj = -positions[2 * j + 1] * pxPerUnit;
                if (Math.min(x + right[i], xj + right[j]) - Math.max(x - left[i], xj - left[j]) > 0
                        && Math.min(y + half[i], yj + half[j]) - Math.max(y - half[i], yj - half[j]) > 0) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                kept[i] = true;
                accepted.add(i);
            }
        }
        return kept;
    }

    /** Node indices, the most connected first (then in index order). */
    private static Integer[] byDegree(int[] degree) {
        Integer[] order = new Integer[degree.length];
        for (int i = 0; i < degree.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> degree[a] != degree[b] ? Integer.compare(degree[b], degree[a])
                : Integer.compare(a, b));
        return order;
    }

    /**
     * Which nodes keep their label when the whole network is framed in a view of the given size (pixels): the most
     * connected first, as long as the labels' boxes together cover at most {@link #LABEL_AREA_SHARE} of the view.
     */
    static boolean[] labelsThatFit(double[] labelWidth, double[] labelHeight, int[] degree, double viewWidth,
            double viewHeight) {
        int n = degree.length;
        Integer[] order = byDegree(degree);
        double budget = LABEL_AREA_SHARE * viewWidth * viewHeight;
        boolean[] labelled = new boolean[n];
        double used = 0;
        for (int i : order) {
            used += (labelWidth[i] + GAP) * (labelHeight[i] + GAP);
            if (used > budget) {
                break;
            }
            labelled[i] = true;
        }
        return labelled;
    }

    /**
     * Moves positions {@code [x0, y0, x1, y1, ...]} (layout units, y up) so that boxes no longer overlap when drawn
     * at {@code pxPerUnit}. Box i reaches {@code left[i]} pixels left of the node's centre, {@code right[i]} right
     * of it, {@code above[i]} above and {@code below[i]} under. Nodes marked fixed stay put. Returns new positions.
     */
    static double[] spread(double[] positions, double[] left, double[] right, double[] above, double[] below,
            boolean[] fixed, double pxPerUnit, int passes) {
        int n = left.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            // In pixels, y pointing down like the screen.
            x[i] = positions[2 * i] * pxPerUnit;
            y[i] = -positions[2 * i + 1] * pxPerUnit;
        }
        for (int pass = 0; pass < passes; pass++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double overlapX = Math.min(x[i] + right[i], x[j] + right[j])
                            - Math.max(x[i] - left[i], x[j] - left[j]) + GAP;
                    if (overlapX <= 0) {
                        continue;
                    }
                    // Vertical extent: i's box is [y - above, y + below].
                    double top = Math.max(y[i] - above[i], y[j] - above[j]);
                    double bottom = Math.min(y[i] + below[i], y[j] + below[j]);
                    double overlapY = bottom - top + GAP;
                    if (overlapY <= 0) {
                        continue;
                    }
                    moved = true;
                    double shareI = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
                    double shareJ = fixed[j] ? 0 : fixed[i] ? 1 : 0.5;
                    if (overlapX < overlapY) {
                        double direction = x[i] < x[j] || (x[i] == x[j] && i < j) ? -1 : 1;
                        x[i] += direction * overlapX * shareI;
                        x[j] -= direction * overlapX * shareJ;
                    } else {
                        double direction = y[i] < y[j] || (y[i] == y[j] && i < j) ? -1 : 1;
                        y[i] += direction * overlapY * shareI;
                        y[j] -= direction * overlapY * shareJ;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        double[] result = positions.clone();
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                result[2 * i] = x[i] / pxPerUnit;
                result[2 * i + 1] = -y[i] / pxPerUnit;
            }
        }
        return result;
    }
}

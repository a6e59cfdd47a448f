package org.solidarityatlas.ui.network;

import java.util.function.ToDoubleFunction;

/**
 * Where the labels of a settled network go, in plain geometry: which nodes keep a label when the whole network is
 * framed, how far nodes move so that those labels do not overlap, and how far labels reach past the nodes. Lengths
 * on screen are pixels, positions layout units (y up). No JavaFX: the view hands in how wide a text is.
 */
final class LabelLayout {

    /** How much, at most, a settled layout is stretched along one axis to fill the view. */
    private static final double MAX_STRETCH = 3;

    private final NetworkModel model;
    /** Label box sizes in pixels, the node's half beside it included (labels sit right of their node). */
    private final double[] labelWidth;
    private final double[] labelHeight;

    /**
     * Measures the model's labels: {@code textWidth} gives a label's text width in pixels, {@code textHeight} the
     * height of a line.
     */
    LabelLayout(NetworkModel model, ToDoubleFunction<String> textWidth, double textHeight) {
        this.model = model;
        int n = model.nodeCount();
        labelWidth = new double[n];
        labelHeight = new double[n];
        for (int i = 0; i < n; i++) {
            String text = LabelSpacing.shortened(model.entities.get(i).shortLabel());
            // Labels sit to the right of their node (see network.css), with padding around the text.
            labelWidth[i] = model.nodeSizePx[i] / 2 + 3 + textWidth.applyAsDouble(text) + 4;
            labelHeight[i] = textHeight + 2;
        }
    }

    /** Whether this measures the given model (a rebuilt view has a new one). */
    boolean measures(NetworkModel other) {
        return model == other;
    }

    /**
     * Keeps the labels that fit when the whole network is framed in a view of {@code usableWidth} by
     * {@code usableHeight} pixels (the most connected first) and moves the nodes just enough that those labels do
     * not overlap, writing the new positions and the minor flags into the model. {@code paddingRoom} is how far a
     * label may run into the view's padding. Spreading for every long label would stretch the layout into a strip,
     * since each push widens the box and so shrinks the drawing for the next.
     */
    void space(double usableWidth, double usableHeight, double paddingRoom) {
        int n = model.nodeCount();
        boolean[] fitting = LabelSpacing.labelsThatFit(labelWidth, labelHeight, model.degree, usableWidth,
                usableHeight);
        for (int i = 0; i < n; i++) {
            model.minor[i] = !fitting[i];
        }
        // Spaced for the width that fitting leaves to nodes once the labels of the rightmost ones have their room.
        double reserve = 0;
        for (int i = 0; i < n; i++) {
            reserve = model.minor[i] ? reserve : Math.max(reserve, labelWidth[i] - paddingRoom);
        }
        double width = Math.max(usableWidth / 2, usableWidth - reserve);
        model.setPositions(spreadForLabels(pulledTogether(model.positions, model.from, model.to, model.pinned),
                model.nodeSizePx, labelWidth, labelHeight, model.minor, model.pinned, width, usableHeight));
    }

    /**
     * Marks as minor (label shown when zoomed in) the nodes whose labels do not fit a view of the given usable size,
     * or would overlap a more connected node's label when the whole network is framed in it.
     */
    void chooseLabelled(double usableWidth, double usableHeight) {
        int n = model.nodeCount();
        double[] left = new double[n];
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            left[i] = model.nodeSizePx[i] / 2;
            half[i] = labelHeight[i] / 2;
        }
        Box bounds = model.layoutBounds();
        double pxPerUnit = Math.min(usableWidth / bounds.width(), usableHeight / bounds.height());
        boolean[] labelled = LabelSpacing.withoutOverlaps(
                LabelSpacing.labelsThatFit(labelWidth, labelHeight, model.degree, usableWidth, usableHeight),
                model.positions, left, labelWidth, half, model.degree, pxPerUnit);
        for (int i = 0; i < n; i++) {
            model.minor[i] = !labelled[i];
        }
    }

    /**
     * How many pixels the shown labels of the given nodes reach past {@code maxX} (layout units) at a scale, less
     * {@code paddingRoom}; 0 when none does.
     */
    double overflowPx(int[] nodes, double maxX, double pxPerUnit, double paddingRoom) {
        double overflow = 0;
        for (int i : nodes) {
            if (!model.minor[i]) {
                overflow = Math.max(overflow, (model.x(i) - maxX) * pxPerUnit + labelWidth[i]);
            }
        }
        return Math.max(0, overflow - paddingRoom);
    }

    /**
     * Positions with each smaller connected part of the network (and each lone node) moved, whole, to the nearest
     * place inside the box of the largest part. Nothing links them to it, so the force layout lets them drift far
     * away, and framing them too would shrink the main part. Fixed nodes and parts holding one stay put.
     */
    static double[] pulledTogether(double[] positions, int[] from, int[] to, boolean[] fixed) {
        int n = fixed.length;
        double[] result = positions.clone();
        if (n == 0) {
            return result;
        }
        int[] part = Components.of(n, from, to);
        int[] partSize = new int[n];
        boolean[] partFixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            partSize[part[i]]++;
            partFixed[part[i]] |= fixed[i];
        }
        int largest = 0;
        for (int i = 0; i < n; i++) {
            if (partSize[i] > partSize[largest]) {
                largest = i;
            }
        }
        int main = largest;
        Box box = Box.around(positions, i -> part[i] == main);
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        for (int i = 0; i < n; i++) {
            sumX[part[i]] += positions[2 * i];
            sumY[part[i]] += positions[2 * i + 1];
        }
        for (int i = 0; i < n; i++) {
            int p = part[i];
            if (p == largest || partFixed[p]) {
                continue;
            }
            double cx = sumX[p] / partSize[p];
            double cy = sumY[p] / partSize[p];
            result[2 * i] += Math.max(box.minX(), Math.min(box.maxX(), cx)) - cx;
            result[2 * i + 1] += Math.max(box.minY(), Math.min(box.maxY(), cy)) - cy;
        }
        return result;
    }

    /**
     * Positions {@code [x0, y0, ...]} moved so that nodes, and the labels of those not {@code minor}, do not overlap
     * when the layout is framed in a view of the given size (pixels).
     */
    static double[] spreadForLabels(double[] positions, double[] nodeSizePx, double[] labelWidth,
            double[] labelHeight, boolean[] minor, boolean[] fixed, double viewWidth, double viewHeight) {
        int n = nodeSizePx.length;
        double[] left = new double[n];
        double[] right = new double[n];
        double[] above = new double[n];
        double[] below = new double[n];
        for (int i = 0; i < n; i++) {
            double half = nodeSizePx[i] / 2;
            left[i] = half + 2;
            right[i] = minor[i] ? half + 2 : labelWidth[i];
            above[i] = Math.max(half, minor[i] ? 0 : labelHeight[i] / 2) + 1;
            below[i] = above[i];
        }
        double[] result = stretchedToAspect(positions, fixed, viewWidth / viewHeight);
        // Spreading widens the layout, which shrinks the drawing: a few rounds converge.
        for (int round = 0; round < 3; round++) {
            double[] size = Box.sizeOf(result);
            double pxPerUnit = Math.min(viewWidth / size[0], viewHeight / size[1]);
            result = LabelSpacing.spread(result, left, right, above, below, fixed, pxPerUnit, 200);
        }
        // Wide labels are mostly pushed apart vertically, which makes the layout taller than the view.
        return stretchedToAspect(result, fixed, viewWidth / viewHeight);
    }

    /**
     * Positions stretched along their shorter axis (about their centre) so that their box has the given width to
     * height ratio. Stretching only moves nodes apart, so it undoes no spacing, and the framed network then fills
     * the view instead of a strip of it. Fixed nodes stay where they are.
     */
    static double[] stretchedToAspect(double[] positions, boolean[] fixed, double aspect) {
        double[] size = Box.sizeOf(positions);
        Box box = Box.around(positions);
        double centreX = box == null ? 0 : box.centreX();
        double centreY = box == null ? 0 : box.centreY();
        // Bounded, so that a line of a few nodes is not turned into a diagonal.
        double stretchX = Math.min(MAX_STRETCH, Math.max(1, aspect * size[1] / size[0]));
        double stretchY = Math.min(MAX_STRETCH, Math.max(1, size[0] / (aspect * size[1])));
        double[] result = positions.clone();
        for (int i = 0; i < fixed.length; i++) {
            if (!fixed[i]) {
                result[2 * i] = centreX + (positions[2 * i] - centreX) * stretchX;
                result[2 * i + 1] = centreY + (positions[2 * i + 1] - centreY) * stretchY;
            }
        }
        return result;
    }
}

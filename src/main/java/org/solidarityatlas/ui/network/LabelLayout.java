package org.solidarityatlas.ui.network;
import org.solidarityatlas.ui.text.Translated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where the labels of a network go, in plain geometry: which nodes keep a label when the whole network is framed,
 * how far nodes move so that those labels do not overlap, and how far labels reach past the nodes (once the layout
 * settles); and, for each frame, where each label is drawn so that none overlaps another, a node or the edge of the
 * area labels may use ({@link #place}). Lengths on screen are pixels, positions layout units (y up). No JavaFX: the
 * view hands in how wide a text is.
 */
final class LabelLayout {

    /** Pixels kept free between a label and anything else. */
    static final double LABEL_GAP = 2;
    /** Rank of a label that is never left out (the presentation's focus, the selection, what is hovered). */
    static final int NEVER_LEFT_OUT = 0;
    /** Rank of a label that goes before the rest (framed neighbours, highlighted, just joined). */
    static final int IMPORTANT = 1;
    /** Rank of any other label. */
    static final int ORDINARY = 2;
    /** How many steps further from its node a label that is never left out may go to find room. */
    private static final int FARTHEST_RING = 8;

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
            String text = LabelSpacing.shortened(Translated.shortLabel(model.entities.get(i)));
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

    /**
     * A node's label to place. Pixels, y down.
     *
     * @param x, y      the node's centre
     * @param radius    how far from the centre the node reaches (its stroke and halo included)
     * @param texts     the texts to try, the preferred first (the name, then a shorter alias)
     * @param widths    the box width of each text, padding included
     * @param height    the box height, padding included
     * @param rank      {@link #NEVER_LEFT_OUT}, {@link #IMPORTANT} or {@link #ORDINARY}
     * @param degree    the node's number of links: among labels of one rank, the more connected go first
     */
    record Wanted(double x, double y, double radius, List<String> texts, double[] widths, double height, int rank,
            int degree) {

        Wanted {
            texts = List.copyOf(texts);
            if (texts.isEmpty() || widths.length != texts.size()) {
                throw new IllegalArgumentException("each text needs its width");
            }
        }
    }

    /**
     * Where label {@code index} of the list given to {@link #place} is drawn, with which text; {@code away} when it
     * had to go further from its node than beside it (it then gets a leader line).
     */
    record Placed(int index, String text, ScreenRect box, boolean away) {
    }

    /**
     * Places labels one at a time, the focus first, then by rank and degree: each tries eight places around its node
     * (right, left, above, below, then the corners) with its full text, then with each shorter one; the first place
     * that lies inside {@code area} and is clear of every node disc and every label placed so far wins. A label with
     * no such place is left out, except one {@link #NEVER_LEFT_OUT}, which looks further from its node (its
     * shortest text first: near and short reads better than far and whole) and, should even that fail, is drawn at
     * its node's right with its shortest text. {@code occupied} holds the node discs and
     * receives the boxes placed (edge labels are placed after, among them). When {@code mayCoverNodes} (the
     * explorer, where a dense network would otherwise keep few labels), a label with no place clear of the nodes
     * takes one beside its node that is clear of the other labels only.
     */
    static List<Placed> place(List<Wanted> wanted, OccupiedArea occupied, ScreenRect area, boolean mayCoverNodes) {
        Integer[] order = new Integer[wanted.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> wanted.get(i).rank())
                .thenComparing(i -> -wanted.get(i).degree()).thenComparing(i -> i));
        List<Placed> placed = new ArrayList<>();
        for (int i : order) {
            Wanted label = wanted.get(i);
            Placed at = firstFreePlace(i, label, occupied, area, 0, false, true);
            if (at == null && mayCoverNodes) {
                at = firstFreePlace(i, label, occupied, area, 0, false, false);
            }
            if (at == null && label.rank() == NEVER_LEFT_OUT) {
                for (int ring = 1; ring <= FARTHEST_RING && at == null; ring++) {
                    at = firstFreePlace(i, label, occupied, area, ring * label.height() / 2, true, true);
                }
                if (at == null) {
                    int last = label.texts().size() - 1;
                    at = new Placed(i, label.texts().get(last), around(label, label.widths()[last], 0, 0), false);
                }
            }
            if (at != null) {
                occupied.addBox(at.box());
                placed.add(at);
            }
        }
        return placed;
    }

    /**
     * The first free place at {@code distance} beyond beside the node, trying the shortest text first if asked;
     * free of the nodes too when {@code clearOfNodes}.
     */
    private static Placed firstFreePlace(int index, Wanted label, OccupiedArea occupied, ScreenRect area,
            double distance, boolean shortestFirst, boolean clearOfNodes) {
        int count = label.texts().size();
        for (int k = 0; k < count; k++) {
            int t = shortestFirst ? count - 1 - k : k;
            for (int where = 0; where < 8; where++) {
                ScreenRect box = around(label, label.widths()[t], where, distance);
                if (box.grown(LABEL_GAP).inside(area) && occupied.isFree(box, LABEL_GAP, clearOfNodes)) {
                    return new Placed(index, label.texts().get(t), box, distance > 0);
                }
            }
        }
        return null;
    }

    /**
     * Place {@code where} of a label box {@code width} wide around its node, {@code distance} pixels further out:
     * 0 right, 1 left, 2 above, 3 below, 4 above right, 5 below right, 6 above left, 7 below left.
     */
    static ScreenRect around(Wanted label, double width, int where, double distance) {
        double x = label.x();
        double y = label.y();
        double r = label.radius() + LABEL_GAP;
        double h = label.height();
        double d = distance;
        // The corners start half a radius from the centre line, above or below the disc: clear of it.
        double half = label.radius() / 2;
        return switch (where) {
            case 0 -> new ScreenRect(x + r + d, y - h / 2, width, h);
            case 1 -> new ScreenRect(x - r - d - width, y - h / 2, width, h);
            case 2 -> new ScreenRect(x - width / 2, y - r - d - h, width, h);
            case 3 -> new ScreenRect(x - width / 2, y + r + d, width, h);
            case 4 -> new ScreenRect(x + half + d, y - r - d - h, width, h);
            case 5 -> new ScreenRect(x + half + d, y + r + d, width, h);
            case 6 -> new ScreenRect(x - half - d - width, y - r - d - h, width, h);
            default -> new ScreenRect(x - half - d - width, y + r + d, width, h);
        };
    }

    /**
     * Where an edge's label goes: centred on the first of {@code points} ({@code [x0, y0, x1, y1, ...]}, along the
     * edge from its middle outwards) where a box {@code width} by {@code height} lies inside {@code area} clear of
     * everything in {@code occupied}, which then holds it; null when there is none (the label is left out).
     */
    static ScreenRect placeOnEdge(double[] points, double width, double height, OccupiedArea occupied,
            ScreenRect area) {
        for (int k = 0; 2 * k + 1 < points.length; k++) {
            ScreenRect box = new ScreenRect(points[2 * k] - width / 2, points[2 * k + 1] - height / 2, width, height);
            if (box.grown(LABEL_GAP).inside(area) && occupied.isFree(box, LABEL_GAP)) {
                occupied.addBox(box);
                return box;
            }
        }
        return null;
    }
}

package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Starting positions for the force layout of a large network, close to where SpringBox comes to rest, computed
 * on plain arrays. It uses SpringBox's own forces (springs of rest length 1 pulling with 0.06 per unit, divided
 * by a tenth of the node's degree; repulsion 0.024 over the squared distance, never closer than 1) with a
 * Barnes–Hut quadtree, but moves every node a whole step along its force and shrinks the step as the layout
 * stops improving (Hu's adaptive cooling), so that it untangles in a couple of hundred cheap rounds where
 * SpringBox, moving each node by its force only, needs hundreds to thousands of its own, dearer steps.
 */
final class InitialPlacement {

    private static final double SPRING = 0.06;
    private static final double REPULSION = 0.024;
    private static final double REST_LENGTH = 1;
    /** A cell this much wider than its distance is opened; below it, its nodes act as one. */
    private static final double THETA = 0.8;
    /** Step shrink factor when the energy rises, and its inverse after five falls in a row (Hu). */
    private static final double COOLING = 0.9;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    /** Steps shorter than this (in rest lengths) change nothing visible: the placement is done. */
    private static final double LAST_STEP = 0.005;
    /** A node moves a whole step along its force (Hu), but at most this times its force when that is small. */
    private static final double GAIN = 5;
    /** However the energy goes, the step shrinks by this much a round, so the placement always ends. */
    private static final double DECAY = 0.995;

    private final int n;
    private final int[] from;
    private final int[] to;
    private final double[] attractionScale;
    private final boolean[] outsideLargestPart;
    /** The nodes of the largest connected part, and of each other part, largest first. */
    private final int[] largestPart;
    private final int[][] otherParts;
    private final double[] x;
    private final double[] y;
    private final double[] forceX;
    private final double[] forceY;
    private final Quadtree tree;
    private int rounds;

    /** Links {@code from[j]–to[j]} between {@code n} nodes (self loops are ignored); positions start at random. */
    InitialPlacement(int n, int[] from, int[] to, long seed) {
        this.n = n;
        this.from = from;
        this.to = to;
        int[] degree = new int[n];
        for (int j = 0; j < from.length; j++) {
            if (from[j] != to[j]) {
                degree[from[j]]++;
                degree[to[j]]++;
            }
        }
        attractionScale = new double[n];
        for (int i = 0; i < n; i++) {
            attractionScale[i] = degree[i] == 0 ? 0 : 1 / (0.1 * degree[i]);
        }
        int[][] parts = parts(n, from, to);
        largestPart = n == 0 ? new int[0] : parts[0];
        otherParts = n == 0 ? new int[0][] : Arrays.copyOfRange(parts, 1, parts.length);
        outsideLargestPart = new boolean[n];
        for (int[] part : otherParts) {
            for (int i : part) {
                outsideLargestPart[i] = true;
            }
        }
        x = new double[n];
        y = new double[n];
        forceX = new double[n];
        forceY = new double[n];
        tree = new Quadtree(n);
        // A disc about as dense as the settled layout.
        Random random = new Random(seed);
        double radius = Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double distance = Math.sqrt(random.nextDouble()) * radius;
            x[i] = distance * Math.cos(angle);
            y[i] = distance * Math.sin(angle);
        }
    }

    /** Runs at most {@code maxRounds} rounds, fewer once the step is negligible; true when it got there. */
    boolean run(int maxRounds, Round afterEachRound) {
        double step = Math.sqrt(n) / 4;
        double energy = Double.POSITIVE_INFINITY;
        int falls = 0;
        for (int round = 0; round < maxRounds; round++) {
            if (step < LAST_STEP * REST_LENGTH) {
                return true;
            }
            double previous = energy;
            energy = computeForces();
            for (int i = 0; i < n; i++) {
                double length = Math.hypot(forceX[i], forceY[i]);
                if (length > 0) {
                    double move = Math.min(step, GAIN * length);
                    x[i] += forceX[i] / length * move;
                    y[i] += forceY[i] / length * move;
                }
            }
            rounds++;
            if (energy < previous) {
                if (++falls >= 5) {
                    falls = 0;
                    step /= COOLING;
                }
            } else {
                falls = 0;
                step *= COOLING;
            }
            step *= DECAY;
            if (!afterEachRound.next(this)) {
                return false;
            }
        }
        return false;
    }

    /** Called after each round; false stops the placement. */
    interface Round {
        boolean next(InitialPlacement placement);
    }

    /** True for a node that nothing links, even indirectly, to the largest connected part. */
    boolean isOutsideLargestPart(int node) {
        return outsideLargestPart[node];
    }

    int rounds() {
        return rounds;
    }

    /**
     * Positions {@code [x0, y0, x1, y1, ...]}, with the parts that nothing links to the largest one (repulsion
     * alone pushes them ever further away) moved, each whole, into a ring just outside it: the larger parts
     * nearest, on a sunflower spiral that gives each node about as much room as a node has in the largest part.
     */
    double[] positions() {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = x[i];
            xy[2 * i + 1] = y[i];
        }
        if (otherParts.length == 0) {
            return xy;
        }
        double cx = 0;
        double cy = 0;
        for (int i : largestPart) {
            cx += x[i];
            cy += y[i];
        }
        cx /= largestPart.length;
        cy /= largestPart.length;
        double[] distance = new double[largestPart.length];
        for (int k = 0; k < largestPart.length; k++) {
            distance[k] = Math.hypot(x[largestPart[k]] - cx, y[largestPart[k]] - cy);
        }
        Arrays.sort(distance);
        // The few long tendrils of the largest part may reach into the ring; its bulk may not.
        double rim = distance[(int) (0.98 * (distance.length - 1))] + REST_LENGTH;
        double roomPerNode = Math.max(Math.PI * rim * rim / largestPart.length, 0.25 * REST_LENGTH * REST_LENGTH);
        int slot = 0;
        for (int[] part : otherParts) {
            double px = 0;
            double py = 0;
            for (int i : part) {
                px += x[i];
                py += y[i];
            }
            px /= part.length;
            py /= part.length;
            int middle = slot + part.length / 2;
            slot += part.length;
            double radius = Math.sqrt(rim * rim + middle * roomPerNode / Math.PI);
            double angle = middle * GOLDEN_ANGLE;
            double tx = cx + radius * Math.cos(angle);
            double ty = cy + radius * Math.sin(angle);
            for (int i : part) {
                xy[2 * i] = x[i] - px + tx;
                xy[2 * i + 1] = y[i] - py + ty;
            }
        }
        return xy;
    }

    /** Forces on every node into {@link #forceX}/{@link #forceY}; returns the sum of their squared lengths. */
    private double computeForces() {
        tree.build(x, y);
        for (int i = 0; i < n; i++) {
            tree.repulsion(i, x, y);
            forceX[i] = tree.fx;
            forceY[i] = tree.fy;
        }
        for (int j = 0; j < from.length; j++) {
            int a = from[j];
            int b = to[j];
            if (a == b) {
                continue;
            }
            double dx = x[b] - x[a];
            double dy = y[b] - y[a];
            double length = Math.hypot(dx, dy);
            if (length > 0) {
                double pull = SPRING * (length - REST_LENGTH) / length;
                forceX[a] += dx * pull * attractionScale[a];
                forceY[a] += dy * pull * attractionScale[a];
                forceX[b] -= dx * pull * attractionScale[b];
                forceY[b] -= dy * pull * attractionScale[b];
            }
        }
        double energy = 0;
        for (int i = 0; i < n; i++) {
            energy += forceX[i] * forceX[i] + forceY[i] * forceY[i];
        }
        return energy;
    }

    /** The connected parts, largest first (ties in order of their first node). */
    private static int[][] parts(int n, int[] from, int[] to) {
        int[] part = Components.of(n, from, to);
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(part[i], r -> new ArrayList<>()).add(i);
        }
        return byRoot.values().stream()
                .sorted((a, b) -> Integer.compare(b.size(), a.size()))
                .map(members -> members.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** A Barnes–Hut quadtree over the nodes, rebuilt every round, in flat arrays. */
    private static final class Quadtree {
        private static final int MAX_DEPTH = 40;
        private int[] child;
        private int[] body;
        private double[] massX;
        private double[] massY;
        private double[] mass;
        private double[] centreX;
        private double[] centreY;
        private double[] half;
        private int cells;
        private int[] stack = new int[256];
        double fx;
        double fy;

        Quadtree(int n) {
            allocate(Math.max(16, 4 * n));
        }

        private void allocate(int capacity) {
            child = grow(child, 4 * capacity);
            body = grow(body, capacity);
            massX = grow(massX, capacity);
            massY = grow(massY, capacity);
            mass = grow(mass, capacity);
            centreX = grow(centreX, capacity);
            centreY = grow(centreY, capacity);
            half = grow(half, capacity);
        }

        void build(double[] x, double[] y) {
            Box box = Box.around(x, y);
            cells = 0;
            if (box == null) {
                return;
            }
            newCell(box.centreX(), box.centreY(), Math.max(box.width(), box.height()) / 2 + 1e-9);
            for (int i = 0; i < x.length; i++) {
                insert(i, x, y);
            }
            for (int c = 0; c < cells; c++) {
                if (mass[c] > 0) {
                    massX[c] /= mass[c];
                    massY[c] /= mass[c];
                }
            }
        }

        private int newCell(double cx, double cy, double h) {
            if (cells == body.length) {
                allocate(body.length * 2);
            }
            int c = cells++;
            for (int k = 0; k < 4; k++) {
                child[4 * c + k] = -1;
            }
            body[c] = -1;
            massX[c] = 0;
            massY[c] = 0;
            mass[c] = 0;
            centreX[c] = cx;
            centreY[c] = cy;
            half[c] = h;
            return c;
        }

        /** Adds node i under the root; a leaf holds one node, or several that sit (nearly) on one point. */
        private void insert(int i, double[] x, double[] y) {
            int c = 0;
            for (int depth = 0; ; depth++) {
                massX[c] += x[i];
                massY[c] += y[i];
                mass[c]++;
                boolean leaf = child[4 * c] == -1 && child[4 * c + 1] == -1 && child[4 * c + 2] == -1
                        && child[4 * c + 3] == -1;
                if (leaf && mass[c] == 1) {
                    body[c] = i;
                    return;
                }
                if (leaf && depth >= MAX_DEPTH) {
                    body[c] = -2;
                    return;
                }
                if (leaf && body[c] >= 0) {
                    // Push the node already here one level down, without counting its mass twice.
                    int other = body[c];
                    body[c] = -1;
                    int q = quadrant(c, x[other], y[other]);
                    int sub = subCell(c, q);
                    massX[sub] += x[other];
                    massY[sub] += y[other];
                    mass[sub]++;
                    body[sub] = other;
                }
                c = subCell(c, quadrant(c, x[i], y[i]));
            }
        }

        private int quadrant(int c, double px, double py) {
            return (px >= centreX[c] ? 1 : 0) + (py >= centreY[c] ? 2 : 0);
        }

        private int subCell(int c, int q) {
            if (child[4 * c + q] == -1) {
                double h = half[c] / 2;
                int sub = newCell(centreX[c] + ((q & 1) == 1 ? h : -h), centreY[c] + ((q & 2) == 2 ? h : -h), h);
                child[4 * c + q] = sub;
            }
            return child[4 * c + q];
        }

        /** SpringBox's repulsion on node i into {@link #fx}/{@link #fy}. */
        void repulsion(int i, double[] x, double[] y) {
            fx = 0;
            fy = 0;
            double px = x[i];
            double py = y[i];
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int c = stack[--top];
                if (mass[c] == 0 || body[c] == i) {
                    continue;
                }
                double dx = px - massX[c];
                double dy = py - massY[c];
                double d = Math.sqrt(dx * dx + dy * dy);
                boolean leaf = body[c] != -1;
                if (leaf || 2 * half[c] < THETA * d) {
                    if (d > 0) {
                        double weight = body[c] == -2 && isInside(c, px, py) ? mass[c] - 1 : mass[c];
                        double clamped = Math.max(d, REST_LENGTH);
                        double push = REPULSION * weight / (clamped * clamped) / d;
                        fx += dx * push;
                        fy += dy * push;
                    }
                } else {
                    if (top + 4 > stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    for (int k = 0; k < 4; k++) {
                        if (child[4 * c + k] != -1) {
                            stack[top++] = child[4 * c + k];
                        }
                    }
                }
            }
        }

        private boolean isInside(int c, double px, double py) {
            return Math.abs(px - centreX[c]) <= half[c] && Math.abs(py - centreY[c]) <= half[c];
        }

        private static int[] grow(int[] a, int size) {
            return a == null ? new int[size] : Arrays.copyOf(a, size);
        }

        private static double[] grow(double[] a, int size) {
            return a == null ? new double[size] : Arrays.copyOf(a, size);
        }
    }
}

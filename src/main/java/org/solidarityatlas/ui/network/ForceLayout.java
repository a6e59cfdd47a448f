package org.solidarityatlas.ui.network;

import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.graphstream.ui.layout.springbox.NodeParticle;
import org.graphstream.ui.layout.springbox.BarnesHutLayout;
import org.graphstream.ui.layout.springbox.implementations.LinLog;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;

/**
 * A force-directed layout computed on its own thread. It runs until the layout is stable (or a step budget is
 * spent), publishes positions while it runs, and then sleeps on its command queue: no CPU once settled.
 * Node positions are published as one array {@code [x0, y0, x1, y1, ...]} in the order of the node ids given.
 */
final class ForceLayout implements LayoutEngine.Running {

    /** One undirected spring between two node indices. */
    record Link(String id, int from, int to) {
    }

    /**
     * Where the layout stands, handed to the listener on the layout thread: positions after the rounds of the
     * initial placement (none for small networks) and the SpringBox steps so far.
     */
    record Frame(double[] positions, boolean settled, int placementRounds, int steps) {
    }

    /** Up to this many nodes SpringBox lays the network out alone, from its own start, with exact repulsion. */
    private static final int PLACED_ABOVE = 300;
    /** Upper bound on SpringBox steps for a small network, so that one that never quite stabilizes still stops. */
    private static final int MAX_STEPS = 1_500;
    private static final int MAX_PLACEMENT_ROUNDS = 500;
    /**
     * SpringBox steps after the placement: at least a few, at most as many as cost about what a hundred steps
     * cost on 1,000 nodes, so that a large network settles in bounded time.
     */
    private static final int MIN_POLISH_STEPS = 10;
    private static final int POLISH_NODE_STEPS = 100_000;
    /**
     * Settled once the nodes move on average less than this (in spring lengths) in a step, the drift of the whole
     * layout set aside: on screen, well under a pixel a step.
     */
    private static final double SETTLED_MOVE = 0.01;
    /**
     * How often, at most, positions are published while the layout runs: drawing a frame takes CPU the layout
     * needs, and more of it the more nodes there are, so large networks are drawn less often (1,000 nodes about
     * seven times a second, 10,000 about once every second and a half).
     */
    private static final long PUBLISH_NANOS_PER_NODE = TimeUnit.MICROSECONDS.toNanos(150);
    private static final long PUBLISH_MIN_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(66);
    private static final long PUBLISH_MAX_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(1_500);

    private final List<String> nodeIds;
    private final List<Link> links;
    private final double[] start;
    private final Consumer<Frame> listener;
    private final Consumer<Throwable> failed;
    private final BlockingQueue<Consumer<BarnesHutLayout>> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean stopped;
    /** SpringBox's particles in the order of the node ids; set on the layout thread before the first step. */
    private NodeParticle[] particles = new NodeParticle[0];
    private int placementRounds;

    ForceLayout(List<String> nodeIds, List<Link> links, long seed, Consumer<Frame> listener,
            Consumer<Throwable> failed) {
        this(nodeIds, links, seed, null, listener, failed);
    }

    /**
     * A layout that starts from positions {@code [x0, y0, ...]} (null: its own start). Frames go to
     * {@code listener}; an error that ends the layout thread goes to {@code failed} (on that thread), and no
     * settled frame follows it.
     */
    ForceLayout(List<String> nodeIds, List<Link> links, long seed, double[] start, Consumer<Frame> listener,
            Consumer<Throwable> failed) {
        this.nodeIds = List.copyOf(nodeIds);
        this.links = List.copyOf(links);
        this.start = start == null ? null : start.clone();
        this.listener = listener;
        this.failed = failed;
        this.thread = new Thread(() -> runReportingFailure(seed), "network-layout");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void pin(int node, double x, double y) {
        commands.add(layout -> {
            String id = nodeIds.get(node);
            layout.moveNode(id, x, y, 0);
            layout.freezeNode(id, true);
        });
    }

    /** Stops the thread and waits briefly for it to end. */
    @Override
    public void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The layout's thread, for tests that watch it end or wait. */
    Thread thread() {
        return thread;
    }

    private void runReportingFailure(long seed) {
        try {
            run(seed);
        } catch (RuntimeException | Error e) {
            // Without this the thread would die silently and whoever waits for the settled frame would wait forever.
            if (!stopped) {
                failed.accept(e);
            }
        }
    }

    private void run(long seed) {
        int n = nodeIds.size();
        BarnesHutLayout layout = Boolean.getBoolean("atlas.linlog") ? new LinLog(false, new Random(seed))
                : new SpringBox(false, new Random(seed));
        // Quality 1 (exact repulsion) looks a little better but costs several times more per step.
        layout.setQuality(n > PLACED_ABOVE ? 0 : 1);
        long time = 0;
        for (String id : nodeIds) {
            layout.nodeAdded("atlas", time++, id);
        }
        for (Link link : links) {
            if (link.from() != link.to()) {
                layout.edgeAdded("atlas", time++, link.id(), nodeIds.get(link.from()), nodeIds.get(link.to()), false);
            }
        }
        particles = new NodeParticle[n];
        for (int i = 0; i < n; i++) {
            particles[i] = (NodeParticle) layout.getSpatialIndex().getParticle(nodeIds.get(i));
        }
        long publishEvery = Math.max(PUBLISH_MIN_EVERY_NANOS, Math.min(PUBLISH_MAX_EVERY_NANOS,
                n * PUBLISH_NANOS_PER_NODE));
        boolean placed = n > PLACED_ABOVE;
        boolean[] steady = new boolean[n];
        if (start != null) {
            // Kept places (the view rebuilt around them): SpringBox only settles what moved in.
            for (int i = 0; i < n; i++) {
                layout.moveNode(nodeIds.get(i), start[2 * i], start[2 * i + 1], 0);
            }
        } else if (placed && !place(layout, seed, publishEvery, steady)) {
            return;
        }
        int maxSteps = placed ? Math.max(MIN_POLISH_STEPS, Math.min(MAX_STEPS, POLISH_NODE_STEPS / n)) : MAX_STEPS;
        int steps = 0;
        long lastPublished = System.nanoTime();
        double[] before = positions();
        boolean settled = n == 0;
        while (!stopped && !settled) {
            runPendingCommands(layout);
            layout.compute();
            steps++;
            double[] after = positions();
            boolean still = placed
                    ? steps >= MIN_POLISH_STEPS && meanMove(before, after, steady) < SETTLED_MOVE
                    : steps > 20 && layout.getStabilization() >= layout.getStabilizationLimit();
            before = after;
            settled = steps >= maxSteps || still;
            long now = System.nanoTime();
            if (settled || now - lastPublished >= publishEvery) {
                listener.accept(new Frame(after, settled, placementRounds, steps));
                lastPublished = now;
            }
        }
        if (n == 0 && !stopped) {
            listener.accept(new Frame(new double[0], true, 0, 0));
        }
        // Settled: wait for drags without spinning.
        while (!stopped) {
            try {
                Consumer<BarnesHutLayout> command = commands.take();
                command.accept(layout);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Starts a large network from {@link InitialPlacement} (publishing its progress), so that SpringBox only has
     * to settle it. The parts not linked to the largest one stay where the placement put them, beside it: nothing
     * holds them there, so SpringBox would push them away. False when stopped meanwhile.
     */
    private boolean place(BarnesHutLayout layout, long seed, long publishEvery, boolean[] steady) {
        int[] from = new int[links.size()];
        int[] to = new int[links.size()];
        for (int j = 0; j < links.size(); j++) {
            from[j] = links.get(j).from();
            to[j] = links.get(j).to();
        }
        InitialPlacement placement = new InitialPlacement(nodeIds.size(), from, to, seed);
        long[] lastPublished = {System.nanoTime()};
        placement.run(MAX_PLACEMENT_ROUNDS, p -> {
            long now = System.nanoTime();
            if (!stopped && now - lastPublished[0] >= publishEvery) {
                listener.accept(new Frame(p.positions(), false, p.rounds(), 0));
                lastPublished[0] = now;
            }
            return !stopped;
        });
        if (stopped) {
            return false;
        }
        placementRounds = placement.rounds();
        double[] xy = placement.positions();
        for (int i = 0; i < nodeIds.size(); i++) {
            layout.moveNode(nodeIds.get(i), xy[2 * i], xy[2 * i + 1], 0);
            if (placement.isOutsideLargestPart(i)) {
                layout.freezeNode(nodeIds.get(i), true);
                steady[i] = true;
            }
        }
        return true;
    }

    /** Mean distance the nodes not held {@code steady} moved, less the shift of the whole layout. */
    private static double meanMove(double[] before, double[] after, boolean[] steady) {
        double shiftX = 0;
        double shiftY = 0;
        int moving = 0;
        for (int i = 0; i < steady.length; i++) {
            if (!steady[i]) {
                shiftX += after[2 * i] - before[2 * i];
                shiftY += after[2 * i + 1] - before[2 * i + 1];
                moving++;
            }
        }
        if (moving == 0) {
            return 0;
        }
        shiftX /= moving;
        shiftY /= moving;
        double sum = 0;
        for (int i = 0; i < steady.length; i++) {
            if (!steady[i]) {
                sum += Math.hypot(after[2 * i] - before[2 * i] - shiftX, after[2 * i + 1] - before[2 * i + 1] - shiftY);
            }
        }
        return sum / moving;
    }

    private void runPendingCommands(BarnesHutLayout layout) {
        Consumer<BarnesHutLayout> command;
        while ((command = commands.poll()) != null) {
            command.accept(layout);
        }
    }

    private double[] positions() {
        double[] xy = new double[particles.length * 2];
        for (int i = 0; i < particles.length; i++) {
            xy[2 * i] = particles[i].getPosition().x;
            xy[2 * i + 1] = particles[i].getPosition().y;
        }
        return xy;
    }
}

package org.solidarityatlas.ui.graph;

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
final class ForceLayout {

    /** One undirected spring between two node indices. */
    record Link(String id, int from, int to) {
    }

    /** Where the layout stands, handed to the listener on the layout thread. */
    record Frame(double[] positions, boolean settled) {
    }

    /** Upper bound on steps, so that a graph that never quite stabilizes still stops. */
    private static final int MAX_STEPS = 1_500;
    /** How often, at most, positions are published while the layout runs: drawing them takes the CPU it needs. */
    private static final long PUBLISH_SMALL_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(33);
    private static final long PUBLISH_LARGE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
    private static final int LARGE = 500;
    private static final int SCATTER_ABOVE = 1_000;

    private final List<String> nodeIds;
    private final List<Link> links;
    private final double[] start;
    private final Consumer<Frame> listener;
    private final BlockingQueue<Consumer<BarnesHutLayout>> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean stopped;

    ForceLayout(List<String> nodeIds, List<Link> links, long seed, Consumer<Frame> listener) {
        this(nodeIds, links, seed, null, listener);
    }

    /** A layout that starts from positions {@code [x0, y0, ...]} (null: its own start). */
    ForceLayout(List<String> nodeIds, List<Link> links, long seed, double[] start, Consumer<Frame> listener) {
        this.nodeIds = List.copyOf(nodeIds);
        this.links = List.copyOf(links);
        this.start = start == null ? null : start.clone();
        this.listener = listener;
        this.thread = new Thread(() -> run(seed), "network-layout");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Puts a node at a place and keeps it there (the person dragged it). Safe from any thread. */
    void pin(int node, double x, double y) {
        commands.add(layout -> {
            String id = nodeIds.get(node);
            layout.moveNode(id, x, y, 0);
            layout.freezeNode(id, true);
        });
    }

    /** Stops the thread and waits briefly for it to end. */
    void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(long seed) {
        BarnesHutLayout layout = Boolean.getBoolean("atlas.linlog") ? new LinLog(false, new Random(seed))
                : new SpringBox(false, new Random(seed));
        // Quality 1 (exact repulsion) looks a little better but costs several times more per step.
        layout.setQuality(nodeIds.size() > 300 ? 0 : 1);
        long time = 0;
        for (String id : nodeIds) {
            layout.nodeAdded("atlas", time++, id);
        }
        for (Link link : links) {
            if (link.from() != link.to()) {
                layout.edgeAdded("atlas", time++, link.id(), nodeIds.get(link.from()), nodeIds.get(link.to()), false);
            }
        }
        if (start != null) {
            for (int i = 0; i < nodeIds.size(); i++) {
                layout.moveNode(nodeIds.get(i), start[2 * i], start[2 * i + 1], 0);
            }
        } else if (nodeIds.size() > SCATTER_ABOVE) {
            scatter(layout, new Random(seed));
        }
        int steps = 0;
        long lastPublished = 0;
        long publishEvery = nodeIds.size() > LARGE ? PUBLISH_LARGE_EVERY_NANOS : PUBLISH_SMALL_EVERY_NANOS;
        boolean settled = nodeIds.isEmpty();
        while (!stopped && !settled) {
            runPendingCommands(layout);
            layout.compute();
            steps++;
            settled = steps >= MAX_STEPS
                    || (steps > 20 && layout.getStabilization() >= layout.getStabilizationLimit());
            long now = System.nanoTime();
            if (settled || now - lastPublished >= publishEvery) {
                listener.accept(new Frame(positions(layout), settled));
                lastPublished = now;
            }
        }
        if (nodeIds.isEmpty() && !stopped) {
            listener.accept(new Frame(new double[0], true));
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
     * Places every node at random in a disc. SpringBox puts each new node beside the one it is linked to, which on
     * a large network added hub by hub strings the nodes along a line that takes many steps to unfold.
     */
    private void scatter(BarnesHutLayout layout, Random random) {
        double radius = Math.sqrt(nodeIds.size()) / 2;
        for (String id : nodeIds) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double distance = Math.sqrt(random.nextDouble()) * radius;
            layout.moveNode(id, distance * Math.cos(angle), distance * Math.sin(angle), 0);
        }
    }

    private void runPendingCommands(BarnesHutLayout layout) {
        Consumer<BarnesHutLayout> command;
        while ((command = commands.poll()) != null) {
            command.accept(layout);
        }
    }

    private double[] positions(BarnesHutLayout layout) {
        double[] xy = new double[nodeIds.size() * 2];
        for (int i = 0; i < nodeIds.size(); i++) {
            NodeParticle particle = (NodeParticle) layout.getSpatialIndex().getParticle(nodeIds.get(i));
            xy[2 * i] = particle.getPosition().x;
            xy[2 * i + 1] = particle.getPosition().y;
        }
        return xy;
    }
}

package org.solidarityatlas.ui.network;

import java.util.ArrayList;
import java.util.List;

/**
 * How a network view lays its nodes out: started on every network shown, it reports positions as it goes and,
 * at the end, either a settled frame or the failure that stopped it. {@link #FORCE} is the one the app uses.
 */
@FunctionalInterface
public interface LayoutEngine {

    /**
     * Starts laying out {@code nodeIds.size()} nodes linked by edges {@code from[j]}–{@code to[j]} (node indices),
     * from positions {@code [x0, y0, ...]} or, when {@code start} is null, from its own start. Reports go to the
     * listener on any thread.
     */
    Running start(List<String> nodeIds, int[] from, int[] to, double[] start, Listener listener);

    /** A layout under way. */
    interface Running {
        /** Puts a node at a place and keeps it there (the person dragged it). Safe from any thread. */
        void pin(int node, double x, double y);

        /** Stops the layout; nothing is reported afterwards. */
        void stop();
    }

    /** What a layout reports. */
    interface Listener {
        /** Positions {@code [x0, y0, ...]} in the order of the node ids; {@code settled} on the last one. */
        void frame(double[] positions, boolean settled);

        /** The layout stopped on an error: no settled frame will come. */
        void failed(Throwable error);
    }

    /** SpringBox on its own thread, after a cheap placement for large networks (see {@link ForceLayout}). */
    LayoutEngine FORCE = (nodeIds, from, to, start, listener) -> {
        List<ForceLayout.Link> links = new ArrayList<>(from.length);
        for (int j = 0; j < from.length; j++) {
            links.add(new ForceLayout.Link("l" + j, from[j], to[j]));
        }
        ForceLayout layout = new ForceLayout(nodeIds, links, 1L, start,
                frame -> listener.frame(frame.positions(), frame.settled()), listener::failed);
        layout.start();
        return layout;
    };
}

package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The layout thread on networks too large for SpringBox alone. */
class ForceLayoutTest {

    @Test
    void aThousandNodeNetworkSettlesAfterTheCheapPlacementWithinAHundredSteps() throws Exception {
        ForceLayout.Frame settled = settle(1_000, 4);
        assertTrue(settled.placementRounds() > 0, "no placement");
        assertTrue(settled.steps() <= 100, settled.steps() + " SpringBox steps");
    }

    @Test
    void aTenThousandNodeNetworkSettlesWithinItsStepBudget() throws Exception {
        ForceLayout.Frame settled = settle(10_000, 3);
        assertTrue(settled.steps() <= 10, settled.steps() + " SpringBox steps");
    }

    @Test
    void everySettledPositionIsANumber() throws Exception {
        ForceLayout.Frame settled = settle(1_000, 4);
        assertEquals(2_000, settled.positions().length);
        for (double v : settled.positions()) {
            assertTrue(Double.isFinite(v), "position " + v);
        }
    }

    @Test
    void aLayoutThatThrowsReportsTheErrorAndNoSettledFrame() throws Exception {
        // A link to a node that does not exist: the layout thread fails while it adds the links.
        List<ForceLayout.Link> links = List.of(new ForceLayout.Link("broken", 0, 5));
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        List<ForceLayout.Frame> settledFrames = new CopyOnWriteArrayList<>();
        ForceLayout layout = new ForceLayout(List.of("a", "b"), links, 1L, frame -> {
            if (frame.settled()) {
                settledFrames.add(frame);
            }
        }, failed::complete);
        layout.start();
        try {
            Throwable error = failed.get(30, TimeUnit.SECONDS);
            assertInstanceOf(IndexOutOfBoundsException.class, error);
            layout.thread().join(10_000);
            assertFalse(layout.thread().isAlive(), "the failed layout's thread ended");
            assertEquals(List.of(), settledFrames);
        } finally {
            layout.stop();
        }
    }

    /** A network grown by preferential attachment (a few hubs, many small nodes), laid out until settled. */
    private static ForceLayout.Frame settle(int n, int linksPerNode) throws Exception {
        Random random = new Random(1);
        List<String> ids = new ArrayList<>();
        List<ForceLayout.Link> links = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("n" + i);
            for (int k = 0; k < linksPerNode && i > 0; k++) {
                int other = ends.isEmpty() || random.nextInt(4) == 0 ? random.nextInt(i) : ends.get(random.nextInt(ends.size()));
                links.add(new ForceLayout.Link("l" + links.size(), i, other));
                ends.add(i);
                ends.add(other);
            }
        }
        CompletableFuture<ForceLayout.Frame> done = new CompletableFuture<>();
        ForceLayout layout = new ForceLayout(ids, links, 1L, frame -> {
            if (frame.settled()) {
                done.complete(frame);
            }
        }, done::completeExceptionally);
        layout.start();
        try {
            return done.get();
        } finally {
            layout.stop();
        }
    }
}

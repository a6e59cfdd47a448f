package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The cheap placement that large networks start the force layout from. */
class InitialPlacementTest {

    private static final int CLUSTERS = 8;
    private static final int CLUSTER_SIZE = 40;

    @Test
    void denseClustersEndApartEachNarrowerThanTheGapToTheNearestOther() {
        int[][] links = clusters();
        double[] xy = placed(CLUSTERS * CLUSTER_SIZE, links);
        double[][] middle = new double[CLUSTERS][2];
        for (int i = 0; i < CLUSTERS * CLUSTER_SIZE; i++) {
            middle[i / CLUSTER_SIZE][0] += xy[2 * i] / CLUSTER_SIZE;
            middle[i / CLUSTER_SIZE][1] += xy[2 * i + 1] / CLUSTER_SIZE;
        }
        for (int c = 0; c < CLUSTERS; c++) {
            double spread = 0;
            for (int i = c * CLUSTER_SIZE; i < (c + 1) * CLUSTER_SIZE; i++) {
                spread += Math.hypot(xy[2 * i] - middle[c][0], xy[2 * i + 1] - middle[c][1]) / CLUSTER_SIZE;
            }
            for (int other = 0; other < CLUSTERS; other++) {
                double gap = Math.hypot(middle[c][0] - middle[other][0], middle[c][1] - middle[other][1]);
                assertTrue(other == c || 2 * spread < gap,
                        "cluster " + c + " spreads " + spread + " around its middle, " + gap + " from cluster " + other);
            }
        }
    }

    @Test
    void nodesLinkedToNothingEndBesideTheLinkedOnesNotFarAway() {
        int linked = CLUSTERS * CLUSTER_SIZE;
        int alone = 30;
        double[] xy = placed(linked + alone, clusters());
        double[] box = Box.sizeOf(Arrays.copyOf(xy, 2 * linked));
        double reach = Math.max(box[0], box[1]);
        double[] middle = new double[2];
        for (int i = 0; i < linked; i++) {
            middle[0] += xy[2 * i] / linked;
            middle[1] += xy[2 * i + 1] / linked;
        }
        for (int i = linked; i < linked + alone; i++) {
            double distance = Math.hypot(xy[2 * i] - middle[0], xy[2 * i + 1] - middle[1]);
            assertTrue(distance < reach, "node " + i + " at " + distance + " from the middle of a network " + reach
                    + " across");
        }
    }

    @Test
    void theSameNetworkAndSeedGiveTheSamePositions() {
        int[][] links = clusters();
        assertArrayEquals(placed(CLUSTERS * CLUSTER_SIZE, links), placed(CLUSTERS * CLUSTER_SIZE, links));
    }

    @Test
    void placementEndsWithinItsRoundsEvenWhenAllNodesSitOnOnePoint() {
        // Nodes linked in one star converge to its hub; the quadtree must not split coincident nodes for ever.
        int n = 500;
        int[] from = new int[n - 1];
        int[] to = new int[n - 1];
        for (int i = 1; i < n; i++) {
            from[i - 1] = 0;
            to[i - 1] = i;
        }
        InitialPlacement placement = new InitialPlacement(n, from, to, 1L);
        placement.run(500, p -> true);
        assertTrue(placement.rounds() <= 500, placement.rounds() + " rounds");
    }

    private static double[] placed(int n, int[][] links) {
        InitialPlacement placement = new InitialPlacement(n, links[0], links[1], 1L);
        placement.run(500, p -> true);
        return placement.positions();
    }

    /** Dense clusters in a ring, each linked to the next by one link: {from, to}. */
    private static int[][] clusters() {
        List<int[]> links = new ArrayList<>();
        Random random = new Random(7);
        for (int c = 0; c < CLUSTERS; c++) {
            int first = c * CLUSTER_SIZE;
            for (int i = 1; i < CLUSTER_SIZE; i++) {
                // Each node links to two earlier ones of its cluster.
                links.add(new int[] {first + i, first + random.nextInt(i)});
                links.add(new int[] {first + i, first + random.nextInt(i)});
            }
            links.add(new int[] {first, ((c + 1) % CLUSTERS) * CLUSTER_SIZE + 1});
        }
        int[] from = links.stream().mapToInt(l -> l[0]).toArray();
        int[] to = links.stream().mapToInt(l -> l[1]).toArray();
        return new int[][] {from, to};
    }
}

package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;

/** The bundled dataset laid out and spaced for its labels, as the network view does once the layout settles. */
class BundledLayoutTest {

    /** The network area of the explorer at 1280×720, less the stylesheet's padding. */
    private static final double VIEW_WIDTH = 570 - 112;
    private static final double VIEW_HEIGHT = 530 - 112;
    /** Roughly the width of a character of the 13 px label font. */
    private static final double CHAR_WIDTH = 7;

    @Test
    void spacingTheLabelsOfTheBundledDatasetKeepsTheLayoutRoughlyAsWideAsTheView() throws Exception {
        Dataset dataset = bundled();
        List<Entity> entities = dataset.entities();
        int n = entities.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(entities.get(i).id(), i);
        }
        int[] degree = new int[n];
        List<ForceLayout.Link> links = new ArrayList<>();
        int m = dataset.relationships().size();
        int[] froms = new int[m];
        int[] tos = new int[m];
        for (int j = 0; j < m; j++) {
            Relationship r = dataset.relationships().get(j);
            int from = index.get(r.from());
            int to = index.get(r.to());
            froms[j] = from;
            tos[j] = to;
            degree[from]++;
            degree[to]++;
            links.add(new ForceLayout.Link(r.id(), from, to));
        }
        CompletableFuture<double[]> settled = new CompletableFuture<>();
        ForceLayout layout = new ForceLayout(entities.stream().map(Entity::id).toList(), links, 1L, frame -> {
            if (frame.settled()) {
                settled.complete(frame.positions());
            }
        }, settled::completeExceptionally);
        layout.start();
        double[] positions;
        try {
            positions = settled.get();
        } finally {
            layout.stop();
        }

        double[] size = new double[n];
        double[] width = new double[n];
        double[] height = new double[n];
        for (int i = 0; i < n; i++) {
            size[i] = NetworkModel.sizeForDegree(degree[i], n);
            width[i] = size[i] / 2 + 7 + CHAR_WIDTH * LabelSpacing.shortened(entities.get(i).shortLabel()).length();
            height[i] = 18;
        }
        boolean[] labelled = LabelSpacing.labelsThatFit(width, height, degree, VIEW_WIDTH, VIEW_HEIGHT);
        boolean[] minor = new boolean[n];
        for (int i = 0; i < n; i++) {
            minor[i] = !labelled[i];
        }
        double[] spread = LabelLayout.spreadForLabels(
                LabelLayout.pulledTogether(positions, froms, tos, new boolean[n]), size, width, height, minor, new boolean[n],
                VIEW_WIDTH, VIEW_HEIGHT);

        double[] after = Box.sizeOf(spread);
        double viewAspect = VIEW_WIDTH / VIEW_HEIGHT;
        double aspectAfter = after[0] / after[1];
        assertTrue(aspectAfter > viewAspect / 2 && aspectAfter < viewAspect * 2,
                "layout " + after[0] + " x " + after[1] + " for a view " + VIEW_WIDTH + " x " + VIEW_HEIGHT);
    }

    private static Dataset bundled() throws Exception {
        try (InputStream in = BundledLayoutTest.class.getResourceAsStream("/seeds/ue-fat-alliance.json")) {
            ReadResult result = new DatasetReader().read(in, "ue-fat-alliance.json");
            assertTrue(result.isValid(), result.problems().toString());
            return result.dataset().orElseThrow();
        }
    }
}

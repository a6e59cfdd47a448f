package org.solidarityatlas.ui.network;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of label texts and heights of fonts, measured once and kept: measuring builds a JavaFX text node, far
 * too costly to do for every label on every frame.
 */
final class LabelMetrics {

    /** Enough for every label of a large network at a few fonts; past it the cache starts again. */
    private static final int MAX_WIDTHS = 100_000;

    private final Text probe = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();
    private final Map<Font, double[]> heights = new HashMap<>();
    private int widthCount;

    double width(Font font, String text) {
        Map<String, Double> ofFont = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double width = ofFont.get(text);
        if (width == null) {
            if (++widthCount > MAX_WIDTHS) {
                widths.clear();
                widthCount = 1;
                ofFont = widths.computeIfAbsent(font, f -> new HashMap<>());
            }
            probe.setFont(font);
            probe.setText(text);
            width = probe.getLayoutBounds().getWidth();
            ofFont.put(text, width);
        }
        return width;
    }

    /** Pixels above the baseline. */
    double ascent(Font font) {
        return heights(font)[0];
    }

    /** Pixels below the baseline. */
    double descent(Font font) {
        return heights(font)[1];
    }

    private double[] heights(Font font) {
        return heights.computeIfAbsent(font, f -> {
            probe.setFont(f);
            probe.setText("Hg");
            double ascent = probe.getBaselineOffset();
            return new double[] {ascent, probe.getLayoutBounds().getHeight() - ascent};
        });
    }
}

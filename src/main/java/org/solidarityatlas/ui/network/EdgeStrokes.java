package org.solidarityatlas.ui.network;

import java.util.Arrays;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The edges of one large style group as plain numbers in the target's pixels: lines, curves and arrowheads, with
 * their colour and width. {@link EdgeLayer} collects them on the JavaFX thread from the graph; painting them
 * ({@link #paintPixels}) reads nothing else, so for the screen it runs on another thread
 * ({@link BackgroundEdgeRaster}), drawing into an image that the JavaFX thread then lays on the canvas.
 */
final class EdgeStrokes {

    private double[] lines = new double[64];
    private int lineValues;
    private double[] curves = new double[64];
    private int curveValues;
    private double[] wedges = new double[64];
    private int wedgeValues;
    private int width;
    private int height;
    private Color colour = Color.BLACK;
    private double lineWidth = 1;
    private boolean aliased;

    /** Starts a new set for a picture of {@code width} by {@code height} pixels. */
    void begin(int width, int height, Color colour, double lineWidth, boolean aliased) {
        this.width = width;
        this.height = height;
        this.colour = colour;
        this.lineWidth = lineWidth;
        this.aliased = aliased;
        lineValues = 0;
        curveValues = 0;
        wedgeValues = 0;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    void line(double x0, double y0, double x1, double y1) {
        lines = room(lines, lineValues, 4);
        lines[lineValues++] = x0;
        lines[lineValues++] = y0;
        lines[lineValues++] = x1;
        lines[lineValues++] = y1;
    }

    void curve(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        curves = room(curves, curveValues, 8);
        double[] c = curves;
        int k = curveValues;
        c[k] = x0;
        c[k + 1] = y0;
        c[k + 2] = x1;
        c[k + 3] = y1;
        c[k + 4] = x2;
        c[k + 5] = y2;
        c[k + 6] = x3;
        c[k + 7] = y3;
        curveValues += 8;
    }

    /** An arrowhead: a base {@code 2 * halfWidth} wide centred on (x0, y0), pointing to its tip (x1, y1). */
    void wedge(double x0, double y0, double x1, double y1, double halfWidth) {
        wedges = room(wedges, wedgeValues, 5);
        wedges[wedgeValues++] = x0;
        wedges[wedgeValues++] = y0;
        wedges[wedgeValues++] = x1;
        wedges[wedgeValues++] = y1;
        wedges[wedgeValues++] = halfWidth;
    }

    /**
     * Rasterizes the set into {@code raster} and returns its picture (JavaFX thread). Each edge blends over the
     * ones before it in one colour, so the order of lines and curves does not change the pixels.
     */
    WritableImage paint(EdgeRaster raster) {
        paintPixels(raster);
        return raster.publish();
    }

    /** Rasterizes the set into {@code raster} without handing the picture over: any one thread. */
    void paintPixels(EdgeRaster raster) {
        raster.begin(width, height);
        raster.setAliased(aliased);
        raster.setColour(colour, lineWidth);
        for (int k = 0; k < lineValues; k += 4) {
            raster.line(lines[k], lines[k + 1], lines[k + 2], lines[k + 3]);
        }
        for (int k = 0; k < curveValues; k += 8) {
            raster.curve(curves[k], curves[k + 1], curves[k + 2], curves[k + 3], curves[k + 4], curves[k + 5],
                    curves[k + 6], curves[k + 7]);
        }
        for (int k = 0; k < wedgeValues; k += 5) {
            raster.wedge(wedges[k], wedges[k + 1], wedges[k + 2], wedges[k + 3], wedges[k + 4]);
        }
        raster.finishPixels();
    }

    /** Whether {@code other} would paint exactly the same picture. */
    boolean sameAs(EdgeStrokes other) {
        return width == other.width && height == other.height && colour.equals(other.colour)
                && lineWidth == other.lineWidth && aliased == other.aliased
                && Arrays.equals(lines, 0, lineValues, other.lines, 0, other.lineValues)
                && Arrays.equals(curves, 0, curveValues, other.curves, 0, other.curveValues)
                && Arrays.equals(wedges, 0, wedgeValues, other.wedges, 0, other.wedgeValues);
    }

    /** Makes this set a copy of {@code other}, reusing its arrays where they are large enough. */
    void copyFrom(EdgeStrokes other) {
        begin(other.width, other.height, other.colour, other.lineWidth, other.aliased);
        lines = room(lines, 0, other.lineValues);
        System.arraycopy(other.lines, 0, lines, 0, other.lineValues);
        lineValues = other.lineValues;
        curves = room(curves, 0, other.curveValues);
        System.arraycopy(other.curves, 0, curves, 0, other.curveValues);
        curveValues = other.curveValues;
        wedges = room(wedges, 0, other.wedgeValues);
        System.arraycopy(other.wedges, 0, wedges, 0, other.wedgeValues);
        wedgeValues = other.wedgeValues;
    }

    private static double[] room(double[] values, int used, int more) {
        return used + more <= values.length ? values : Arrays.copyOf(values, Math.max(2 * values.length, used + more));
    }
}

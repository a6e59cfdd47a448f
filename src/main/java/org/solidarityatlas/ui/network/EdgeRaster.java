package org.solidarityatlas.ui.network;

import java.nio.IntBuffer;
import java.util.Arrays;

import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws many thin, translucent, anti-aliased lines into a pixel buffer and hands it over as one image.
 *
 * <p>On the software pipeline, stroking a path costs a fixed overhead plus sorting every crossing of every
 * scanline: one path per edge is slow, and one path for thousands of long edges is slower still (its scanlines
 * cross thousands of edges). Here each line costs two or three blended pixels per pixel of its length, and each
 * edge blends over the ones before it, so crossings darken as they did when each edge was stroked on its own.
 *
 * <p>Three pictures are used in turn, each sharing its pixels with its image: the one handed over for a frame may
 * still be read by the render thread while the next is drawn, and when drawing runs on a thread of its own
 * ({@link BackgroundEdgeRaster}) one more may be on the canvas meanwhile.
 *
 * <p>Drawing ({@link #begin} to {@link #finishPixels}) touches only this object's arrays, so it may run on any one
 * thread at a time; handing the picture over ({@link #publish}) must run on the JavaFX thread.
 */
final class EdgeRaster {

    /** One picture: its pixels, shared with the image without copying. */
    private static final class Picture {
        final int width;
        final int height;
        final int[] pixels;
        final PixelBuffer<IntBuffer> buffer;
        final WritableImage image;
        /** Rows [dirtyTop, dirtyBottom) hold something drawn since the pixels were last cleared. */
        int dirtyTop;
        int dirtyBottom;

        Picture(int width, int height) {
            this.width = width;
            this.height = height;
            pixels = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
    }

    private final Picture[] pictures = new Picture[3];
    private int next;
    private Picture picture;
    private int[] pixels = new int[0];
    private int width;
    private int height;
    private int dirtyTop;
    private int dirtyBottom;
    // The colour being drawn: straight (not premultiplied) components and alpha.
    private int red;
    private int green;
    private int blue;
    private int alpha256;
    /** The colour premultiplied at each alpha from 0 to 255. */
    private final int[] source = new int[256];
    private double lineWidth;
    /** Lines of one pixel per step, without anti-aliasing: for frames drawn while the view moves. */
    private boolean aliased;
    /** Pixels blended since {@link #begin}: the work done, for measurements. */
    private long blended;

    /** Starts a new picture of {@code width} by {@code height} pixels, fully transparent. */
    void begin(int width, int height) {
        width = Math.max(1, width);
        height = Math.max(1, height);
        Picture p = pictures[next];
        if (p == null || p.width != width || p.height != height) {
            p = new Picture(width, height);
            pictures[next] = p;
        } else if (p.dirtyBottom > p.dirtyTop) {
            Arrays.fill(p.pixels, p.dirtyTop * width, p.dirtyBottom * width, 0);
        }
        next = (next + 1) % pictures.length;
        picture = p;
        pixels = p.pixels;
        this.width = width;
        this.height = height;
        dirtyTop = height;
        dirtyBottom = 0;
        blended = 0;
    }

    void setColour(Color colour, double lineWidth) {
        red = (int) Math.round(colour.getRed() * 255);
        green = (int) Math.round(colour.getGreen() * 255);
        blue = (int) Math.round(colour.getBlue() * 255);
        alpha256 = (int) Math.round(colour.getOpacity() * 255);
        for (int a = 0; a < 256; a++) {
            source[a] = a << 24 | div255(red * a) << 16 | div255(green * a) << 8 | div255(blue * a);
        }
        this.lineWidth = lineWidth;
    }

    /** Whether lines are drawn quickly, a pixel thick without anti-aliasing, until {@link #begin} again. */
    void setAliased(boolean aliased) {
        this.aliased = aliased;
    }

    long blendedPixels() {
        return blended;
    }

    /** The picture drawn since {@link #begin}, as an image the size given there (JavaFX thread). */
    WritableImage finish() {
        finishPixels();
        return publish();
    }

    /** Ends drawing the picture begun by {@link #begin}: its pixels are final, not yet handed over. */
    void finishPixels() {
        picture.dirtyTop = dirtyTop;
        picture.dirtyBottom = dirtyBottom;
    }

    /** Hands the last finished picture over as an image, its pixels marked changed (JavaFX thread). */
    WritableImage publish() {
        picture.buffer.updateBuffer(b -> null);
        return picture.image;
    }

    /** A cubic curve, as short straight pieces. */
    void curve(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        double span = Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1) + Math.hypot(x3 - x2, y3 - y2);
        int pieces = (int) Math.max(2, Math.min(64, span / 8));
        double px = x0;
        double py = y0;
        for (int i = 1; i <= pieces; i++) {
            double t = (double) i / pieces;
            double u = 1 - t;
            double x = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
            double y = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
            line(px, py, x, y);
            px = x;
            py = y;
        }
    }

    /**
     * A straight line of the current width and colour, anti-aliased across its main direction: a line up to two
     * pixels thick puts its ink into the two pixels nearest its centre, by distance; a thicker band blends each
     * pixel with the share of it that the band covers.
     */
    void line(double x0, double y0, double x1, double y1) {
        band(x0, y0, x1, y1, lineWidth, lineWidth);
    }

    /** An arrowhead: a triangle from a base {@code 2 * halfWidth} wide, centred on (x0, y0), to its tip (x1, y1). */
    void wedge(double x0, double y0, double x1, double y1, double halfWidth) {
        band(x0, y0, x1, y1, 2 * halfWidth, 0);
    }

    /** A band from (x0, y0) to (x1, y1) whose width changes evenly from {@code w0} to {@code w1}. */
    private void band(double x0, double y0, double x1, double y1, double w0, double w1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        boolean flat = Math.abs(dx) >= Math.abs(dy);
        double along = flat ? dx : dy;
        if (along == 0) {
            return;
        }
        if (along < 0) {
            band(x1, y1, x0, y0, w1, w0);
            return;
        }
        double slope = flat ? dy / dx : dx / dy;
        double stretch = Math.sqrt(1 + slope * slope);
        double start = flat ? x0 : y0;
        double across = flat ? y0 : x0;
        int from = (int) Math.max(0, Math.ceil(start - 0.5));
        int to = (int) Math.min((flat ? width : height) - 1, Math.floor(start + along - 0.5));
        if (from > to) {
            return;
        }
        int limit = flat ? height : width;
        // Rows touched, for clearing next time: the band's extent, rounded out.
        double reach = Math.max(w0, w1) * stretch / 2 + 1;
        int rowA = (int) Math.floor(flat ? Math.min(y0, y1) - reach : from);
        int rowB = (int) Math.ceil(flat ? Math.max(y0, y1) + reach : to + 1);
        dirtyTop = Math.max(0, Math.min(dirtyTop, rowA));
        dirtyBottom = Math.min(height, Math.max(dirtyBottom, rowB));
        int stepAcross = flat ? width : 1;
        int stepAlong = flat ? 1 : width;
        double widthStep = (w1 - w0) * stretch / along;
        double half = (w0 * stretch + widthStep * (from + 0.5 - start)) / 2;
        double centre = across + slope * (from + 0.5 - start);
        for (int i = from; i <= to; i++, centre += slope, half += widthStep / 2) {
            if (aliased) {
                // Moving: one pixel per step, carrying the band's share of ink.
                int k = (int) Math.floor(centre);
                if (k >= 0 && k < limit) {
                    blend(k * stepAcross + i * stepAlong, Math.min(256, (int) (512 * half)));
                }
                continue;
            }
            if (half <= 1) {
                // Thin: the ink split between the two pixels nearest the centre line, by distance.
                double ink = 2 * half * 256;
                double y = centre - 0.5;
                int k = (int) Math.floor(y);
                double f = y - k;
                if (k >= 0 && k < limit) {
                    blend(k * stepAcross + i * stepAlong, (int) (ink * (1 - f)));
                }
                if (k + 1 >= 0 && k + 1 < limit) {
                    blend((k + 1) * stepAcross + i * stepAlong, (int) (ink * f));
                }
                continue;
            }
            double top = centre - half;
            double bottom = centre + half;
            int first = Math.max(0, (int) Math.floor(top));
            int last = Math.min(limit - 1, (int) Math.floor(bottom));
            for (int k = first; k <= last; k++) {
                double cover = Math.min(bottom, k + 1) - Math.max(top, k);
                if (cover > 0) {
                    blend(k * stepAcross + i * stepAlong, (int) (cover * 256));
                }
            }
        }
    }

    /** Source-over blending of the current colour, at {@code cover}/256 of its alpha, into a premultiplied pixel. */
    private void blend(int index, int cover) {
        int a = (alpha256 * Math.min(256, cover) + 255) >> 8;
        if (a == 0) {
            return;
        }
        blended++;
        int keep = 255 - a;
        int d = pixels[index];
        // Two channels at a time, each in 16 bits: alpha with green, red with blue; each times keep / 255, rounded.
        int ag = ((d >>> 8) & 0x00FF00FF) * keep + 0x00800080;
        int rb = (d & 0x00FF00FF) * keep + 0x00800080;
        ag = ((ag + ((ag >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        pixels[index] = (ag << 8 | rb) + source[a];
    }

    /** {@code x / 255}, rounded, for {@code 0 <= x <= 255 * 255}. */
    private static int div255(int x) {
        x += 128;
        return (x + (x >> 8)) >> 8;
    }
}

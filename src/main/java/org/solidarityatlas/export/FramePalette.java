package org.solidarityatlas.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;

/**
 * One fixed 256-colour palette for every GIF frame: a 6×6×6 colour cube plus 40 greys. Mapping a frame to it is a
 * table look-up per pixel, where the JDK's GIF writer would otherwise build a palette of its own for every frame,
 * which took most of a timeline GIF's time. Flat fills and the network's colours survive; soft gradients band.
 */
final class FramePalette {

    private static final int CUBE = 6;
    private static final int GREYS = 40;
    private static final IndexColorModel MODEL;
    /** Palette index of each colour with 5 bits per channel. */
    private static final byte[] NEAREST = new byte[1 << 15];

    static {
        int size = CUBE * CUBE * CUBE + GREYS;
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        int i = 0;
        for (int ri = 0; ri < CUBE; ri++) {
            for (int gi = 0; gi < CUBE; gi++) {
                for (int bi = 0; bi < CUBE; bi++) {
                    r[i] = (byte) (ri * 51);
                    g[i] = (byte) (gi * 51);
                    b[i] = (byte) (bi * 51);
                    i++;
                }
            }
        }
        for (int k = 0; k < GREYS; k++) {
            int v = 3 + k * 250 / (GREYS - 1);
            r[i] = (byte) v;
            g[i] = (byte) v;
            b[i] = (byte) v;
            i++;
        }
        MODEL = new IndexColorModel(8, size, r, g, b);
        for (int c = 0; c < NEAREST.length; c++) {
            int cr = ((c >> 10) & 31) * 255 / 31;
            int cg = ((c >> 5) & 31) * 255 / 31;
            int cb = (c & 31) * 255 / 31;
            int best = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (int p = 0; p < size; p++) {
                int dr = cr - (r[p] & 0xFF);
                int dg = cg - (g[p] & 0xFF);
                int db = cb - (b[p] & 0xFF);
                int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = p;
                }
            }
            NEAREST[c] = (byte) best;
        }
    }

    private FramePalette() {
    }

    /** The frame in the palette; transparent pixels become white. */
    static BufferedImage indexed(BufferedImage frame) {
        int width = frame.getWidth();
        int height = frame.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, MODEL);
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        if (isPlainOpaque(frame)) {
            // An opaque frame's own pixel array, read directly: getRGB converts each pixel through the colour model.
            int[] rgb = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < pixels.length; i++) {
                int c = rgb[i];
                pixels[i] = NEAREST[(c >> 9) & 0x7C00 | (c >> 6) & 0x3E0 | (c >> 3) & 0x1F];
            }
            return out;
        }
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            frame.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int red = blendOnWhite((argb >> 16) & 0xFF, alpha);
                int green = blendOnWhite((argb >> 8) & 0xFF, alpha);
                int blue = blendOnWhite(argb & 0xFF, alpha);
                pixels[y * width + x] = NEAREST[(red >> 3) << 10 | (green >> 3) << 5 | blue >> 3];
            }
        }
        return out;
    }

    /** An RGB frame whose pixels are one int each, row after row, with nothing around them. */
    private static boolean isPlainOpaque(BufferedImage frame) {
        return frame.getType() == BufferedImage.TYPE_INT_RGB
                && frame.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && buffer.getSize() == frame.getWidth() * frame.getHeight()
                && frame.getRaster().getParent() == null
                && frame.getRaster().getSampleModelTranslateX() == 0
                && frame.getRaster().getSampleModelTranslateY() == 0;
    }

    private static int blendOnWhite(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }
}

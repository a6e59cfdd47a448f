package org.solidarityatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FramePaletteTest {

    @Test
    void coloursOfTheCubeAndPureGreysComeOutUnchanged() {
        // Steps of 51 on each channel are the 6×6×6 cube's own colours; black and white are in it too.
        int[] colours = {0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0x3366CC, 0x99CC33, 0xCC0066};
        BufferedImage frame = new BufferedImage(colours.length, 1, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < colours.length; x++) {
            frame.setRGB(x, 0, colours[x]);
        }
        BufferedImage indexed = FramePalette.indexed(frame);
        for (int x = 0; x < colours.length; x++) {
            assertEquals(colours[x], indexed.getRGB(x, 0) & 0xFFFFFF, "pixel " + x);
        }
    }

    @Test
    void anOpaqueRgbFrameMapsAsTheSamePictureWithAnAlphaChannel() {
        int width = 64;
        int height = 48;
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage argb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int colour = (x * 4) << 16 | (y * 5) << 8 | ((x * y) & 0xFF);
                rgb.setRGB(x, y, colour);
                argb.setRGB(x, y, 0xFF000000 | colour);
            }
        }
        BufferedImage fromRgb = FramePalette.indexed(rgb);
        BufferedImage fromArgb = FramePalette.indexed(argb);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(fromArgb.getRGB(x, y), fromRgb.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}

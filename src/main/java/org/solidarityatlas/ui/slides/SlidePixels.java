package org.solidarityatlas.ui.slides;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * A drawn slide or frame as an RGB picture for the encoders. Every picture here is taken on an opaque white fill,
 * so its pixels are copied as they are, one int each, where SwingFXUtils would build a premultiplied ARGB copy and
 * convert it again; PNG then stores three channels instead of four and the GIF palette reads the array directly.
 * Safe off the JavaFX thread for an image taken by a snapshot, which no scene draws into any more.
 */
final class SlidePixels {

    private SlidePixels() {
    }

    static BufferedImage opaque(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        // Opaque, so premultiplied and straight colours are the same; TYPE_INT_RGB ignores the alpha byte.
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return picture;
    }
}

package org.solidarityatlas.ui.pictures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.solidarityatlas.files.AtomicFile;

/**
 * Writes a picture as a PNG file, atomically (a failed write leaves no file). Encoding a large picture takes a
 * while, so call it off the JavaFX thread: an image taken by a snapshot is no longer tied to the scene.
 */
public final class PngFile {

    private PngFile() {
    }

    public static void write(Image image, Path file) throws IOException {
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}

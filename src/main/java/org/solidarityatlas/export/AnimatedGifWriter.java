package org.solidarityatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.solidarityatlas.files.AtomicFile;

/** Writes frames as an animated GIF that loops forever, with the JDK's own GIF writer. */
public final class AnimatedGifWriter {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    /** @param delayMillis how long each frame shows (GIF keeps hundredths of a second) */
    public void write(List<BufferedImage> frames, int delayMillis, Path file) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        write(frames.iterator(), delayMillis, file);
    }

    /**
     * Writes frames as the iterator draws them, one at a time, so a long animation never holds all its frames in
     * memory. Returns the number of frames written.
     */
    public int write(Iterator<BufferedImage> frames, int delayMillis, Path file) throws IOException {
        if (!frames.hasNext()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        int[] written = {0};
        AtomicFile.write(file, out -> {
            ImageWriter writer = gifWriter();
            // Cached in memory (a GIF is a few MB), not in ImageIO's default cache file, written a byte at a time.
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.prepareWriteSequence(null);
                while (frames.hasNext()) {
                    BufferedImage rgb = FramePalette.indexed(frames.next());
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    IIOMetadata metadata = writer.getDefaultImageMetadata(
                            ImageTypeSpecifier.createFromRenderedImage(rgb), param);
                    describe(metadata, delayMillis, written[0] == 0);
                    writer.writeToSequence(new IIOImage(rgb, null, metadata), param);
                    written[0]++;
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
        return written[0];
    }

    private static ImageWriter gifWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer available in this Java runtime");
        }
        return writers.next();
    }

    /** The GIF writer builds its palette from RGB images; alpha would become a transparent colour. */
    private static BufferedImage asRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Frame delay, and on the first frame the NETSCAPE2.0 extension that makes viewers loop. */
    private static void describe(IIOMetadata metadata, int delayMillis, boolean first)
            throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMillis / 10)));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}

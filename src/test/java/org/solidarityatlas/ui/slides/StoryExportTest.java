package org.solidarityatlas.ui.slides;

import org.solidarityatlas.testing.StoreFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.graph.TimeSpan;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bundled story as slides and the bundled timeline as a GIF, read back from the files written. */
@ExtendWith(ApplicationExtension.class)
class StoryExportTest {

    @TempDir
    static Path dataDirectory;
    @TempDir
    Path out;
    private static Neo4jGraphStore store;
    private static Dataset dataset;
    private StoryExport export;

    @BeforeAll
    static void openStore() {
        store = Neo4jGraphStore.open(dataDirectory);
        dataset = StoreFixtures.throughStore(store, StoreFixtures.bundled());
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage ignored) {
        export = new StoryExport(dataset);
    }

    /** Runs the export on the JavaFX thread once the network has settled, and waits for it. */
    private <T> T whenReady(ExportWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> export.whenReady(() -> {
            try {
                result.complete(work.run());
            } catch (Exception e) {
                result.completeExceptionally(e);
            } finally {
                export.dispose();
            }
        }));
        return result.get(5, TimeUnit.MINUTES);
    }

    private interface ExportWork<T> {
        T run() throws Exception;
    }

    @Test
    void slideExportWritesOne1920By1080PngPerStep() throws Exception {
        List<Path> files = whenReady(() -> export.writeSlides(dataset.stories().get(0), out.resolve("slides")));
        assertEquals(12, files.size());
        try (var listing = Files.list(out.resolve("slides"))) {
            assertEquals(12, listing.filter(f -> f.toString().endsWith(".png")).count());
        }
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(1920, image.getWidth(), file.toString());
            assertEquals(1080, image.getHeight(), file.toString());
        }
        Path picture = Path.of(System.getProperty("presentation.picture", "target/presentation.png"));
        Files.createDirectories(picture.toAbsolutePath().getParent());
        Files.copy(files.get(1), picture, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void timelineGifHasOneFramePerYear() throws Exception {
        Path gif = out.resolve("timeline.gif");
        int written = whenReady(() -> export.writeTimelineGif(gif, 3));
        TimeWindow span = TimeSpan.of(dataset).orElseThrow();
        int years = span.lastYear() - span.firstYear() + 1;
        assertEquals(years, written);
        assertEquals(years, framesIn(gif));
        assertEquals("NETSCAPE", loopExtensionOf(gif));
    }

    /** The application extension that makes viewers loop the animation, read from the first frame. */
    private static String loopExtensionOf(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            org.w3c.dom.Node tree = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            reader.dispose();
            for (org.w3c.dom.Node n = tree.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("ApplicationExtensions")) {
                    return n.getFirstChild().getAttributes().getNamedItem("applicationID").getNodeValue();
                }
            }
            return "none";
        }
    }

    private static int framesIn(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            reader.dispose();
            return frames;
        }
    }
}

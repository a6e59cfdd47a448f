package org.solidarityatlas.ui.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.testing.StoryFixtures;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A made-up story's handout and timeline GIF, read back from the files written. */
@ExtendWith(ApplicationExtension.class)
class StoryHandoutAndGifTest {

    @TempDir
    Path out;
    private StoryExport export;
    private Dataset dataset;

    @Start
    void start(Stage ignored) {
        dataset = StoryFixtures.read("harbour-sources.json");
        export = new StoryExport(dataset);
    }

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
    void handoutHasOnePagePerStepWithTextNotesAndSources() throws Exception {
        Path pdf = out.resolve("handout.pdf");
        whenReady(() -> {
            export.writeHandout(dataset.stories().get(0), pdf);
            return null;
        });
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, document.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String second = text.getText(document);
            assertTrue(second.contains("The strike"), second);
            assertTrue(second.contains("The dockers strike."), second);
            // The full list: every one of the eight sources the strike step cites, numbered.
            assertTrue(second.contains("8. Harbour Gazette, 31 May 1951"), second);
            assertTrue(second.contains("1. Letters of the strike committee"), second);
        }
    }

    @Test
    void timelineGifOfAStoryCoversOnlyTheStorysYears() throws Exception {
        Path gif = out.resolve("story.gif");
        int written = whenReady(() -> export.writeTimelineGif(gif, 3, Optional.of(dataset.stories().get(0))));
        // The story's steps run from 1945 to 1951: seven years, one frame each (the dataset starts in 1930).
        assertEquals(7, written);
        assertEquals(7, framesIn(gif));
    }

    @Test
    void timelineGifFramesAreHalfASlideEachWay() throws Exception {
        Path gif = out.resolve("story.gif");
        whenReady(() -> export.writeTimelineGif(gif, 3, Optional.of(dataset.stories().get(0))));
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            for (int frame = 0; frame < reader.getNumImages(true); frame++) {
                // 960×540: a web page's or handout's width, a quarter of a slide's pixels to draw and encode.
                assertEquals(960, reader.getWidth(frame), "frame " + frame);
                assertEquals(540, reader.getHeight(frame), "frame " + frame);
            }
            reader.dispose();
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

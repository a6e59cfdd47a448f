package org.solidarityatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout's pages, read back from the PDF written. */
class HandoutWriterTest {

    @TempDir
    Path out;

    @Test
    void aSourceListLongerThanItsPageGoesOnOnTheNextPageWithNoSourceLost() throws Exception {
        List<String> cited = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            cited.add(String.format("Strike bulletin no. %03d, Harbour Workers' Committee, %d May 1951", i, 1 + i % 28));
        }
        Path pdf = out.resolve("handout.pdf");
        try (HandoutWriter writer = new HandoutWriter("The dockers", HandoutWriter.Words.ENGLISH)) {
            writer.add(new HandoutWriter.Page(slide(), "Step 1 of 2", "The strike", "The dockers strike.",
                    "Ask who called it.", cited));
            writer.add(new HandoutWriter.Page(slide(), "Step 2 of 2", "The settlement", "They win.", null,
                    List.of("Harbour Gazette, 2 June 1951")));
            writer.save(pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // Under the slide an A4 page holds a few dozen one-line sources: eighty take a second page.
            assertEquals(3, document.getNumberOfPages());
            String first = pageText(document, 1, 2);
            for (int i = 0; i < cited.size(); i++) {
                assertTrue(first.contains((i + 1) + ". " + cited.get(i)), "source " + (i + 1) + " is printed");
            }
            assertTrue(pageText(document, 2, 2).contains("The strike (continued)"), "the next page says whose");
            String last = pageText(document, 3, 3);
            assertTrue(last.contains("The settlement") && last.contains("1. Harbour Gazette, 2 June 1951"), last);
        }
    }

    private static String pageText(PDDocument document, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    private static BufferedImage slide() {
        return new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
    }
}

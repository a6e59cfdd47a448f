package org.solidarityatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.solidarityatlas.files.AtomicFile;

/**
 * A story's handout as a PDF: one A4 page per step with the slide, its title, text, the presenter's notes and the
 * full list of sources, for rooms where the app is not installed. Text is set in a TrueType font of the system
 * when one is found (so any script prints), else in Helvetica, where a character it cannot show prints as "?".
 */
public final class HandoutWriter implements AutoCloseable {

    /** One step's page. {@code text} and {@code notes} may be null; {@code sources} are full citations. */
    public record Page(BufferedImage slide, String progress, String title, String text, String notes,
            List<String> sources) {

        public Page {
            sources = List.copyOf(sources);
        }

        /** The same page with {@code picture} as its slide (the words are ready before the slide is encoded). */
        public Page withSlide(BufferedImage picture) {
            return new Page(picture, progress, title, text, notes, sources);
        }
    }

    /** Words the page prints around the step's own text, in the handout's language. */
    public record Words(String notes, String sources, String noSources, String continued) {
        public static final Words ENGLISH = new Words("Notes", "Sources", "No sources cited for this step.",
                "(continued)");
    }

    private static final List<String> REGULAR_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:/Windows/Fonts/arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf");
    private static final List<String> BOLD_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "C:/Windows/Fonts/arialbd.ttf",
            "/System/Library/Fonts/Supplemental/Arial Bold.ttf");

    private static final float MARGIN = 42;
    private static final float BODY = 11;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final Words words;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    public HandoutWriter(String title, Words words) throws IOException {
        this.words = words;
        regular = font(REGULAR_FONTS, Standard14Fonts.FontName.HELVETICA);
        bold = font(BOLD_FONTS, Standard14Fonts.FontName.HELVETICA_BOLD);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("Solidarity Atlas");
        document.setDocumentInformation(info);
    }

    private PDFont font(List<String> candidates, Standard14Fonts.FontName fallback) throws IOException {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path)) {
                return PDType0Font.load(document, path.toFile());
            }
        }
        return new PDType1Font(fallback);
    }

    /**
     * Adds one step's page; what does not fit on it (a long source list, long notes) continues on the pages after
     * it, under the step's title, so nothing is cut.
     */
    public void add(Page step) throws IOException {
        try (Flow flow = new Flow(step)) {
            flow.paragraph(regular, 9, step.progress());
            flow.y -= 4;
            float slideHeight = flow.width * step.slide().getHeight() / step.slide().getWidth();
            PDImageXObject image = JPEGFactory.createFromImage(document, step.slide(), 0.88f);
            flow.out.drawImage(image, MARGIN, flow.y - slideHeight, flow.width, slideHeight);
            flow.y -= slideHeight + 18;
            flow.paragraph(bold, 16, step.title());
            flow.y -= 4;
            if (step.text() != null && !step.text().isBlank()) {
                flow.paragraph(regular, BODY, step.text());
                flow.y -= 8;
            }
            if (step.notes() != null && !step.notes().isBlank()) {
                flow.paragraph(bold, BODY, words.notes());
                flow.paragraph(regular, BODY, step.notes());
                flow.y -= 8;
            }
            flow.paragraph(bold, BODY, words.sources());
            if (step.sources().isEmpty()) {
                flow.paragraph(regular, BODY, words.noSources());
            }
            for (int i = 0; i < step.sources().size(); i++) {
                flow.paragraph(regular, 9.5f, (i + 1) + ". " + step.sources().get(i));
            }
        }
    }

    /** Sets lines down a step's page from the top, going on to a new page headed by the step's title when full. */
    private final class Flow implements AutoCloseable {
        private final Page step;
        private PDPageContentStream out;
        private float y;
        private float width;

        Flow(Page step) throws IOException {
            this.step = step;
            newPage();
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            width = page.getMediaBox().getWidth() - 2 * MARGIN;
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        /** Sets {@code text} wrapped to the page's width from {@code y} down. */
        void paragraph(PDFont font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printableText(font, text), width)) {
                if (y - size * LEADING < MARGIN) {
                    newPage();
                    line(regular, 9, printableText(regular, step.progress() + " · " + step.title() + " "
                            + words.continued()));
                    y -= 6;
                }
                line(font, size, line);
            }
        }

        private void line(PDFont font, float size, String line) throws IOException {
            y -= size * LEADING;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Writes the handout atomically: a failure leaves no partial file. */
    public void save(Path file) throws IOException {
        AtomicFile.write(file, document::save);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot show replaced by "?" (and control characters by spaces). */
    private String printableText(PDFont font, String text) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canShow(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

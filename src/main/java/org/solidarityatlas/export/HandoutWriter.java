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
    }

    /** Words the page prints around the step's own text, in the handout's language. */
    public record Words(String notes, String sources, String noSources) {
        public static final Words ENGLISH = new Words("Notes", "Sources", "No sources cited for this step.");
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

    /** Adds one step's page. */
    public void add(Page step) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float y = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            y = paragraph(out, regular, 9, step.progress(), y, width);
            y -= 4;
            float slideHeight = width * step.slide().getHeight() / step.slide().getWidth();
            PDImageXObject image = JPEGFactory.createFromImage(document, step.slide(), 0.88f);
            out.drawImage(image, MARGIN, y - slideHeight, width, slideHeight);
            y -= slideHeight + 18;
            y = paragraph(out, bold, 16, step.title(), y, width);
            y -= 4;
            if (step.text() != null && !step.text().isBlank()) {
                y = paragraph(out, regular, BODY, step.text(), y, width) - 8;
            }
            if (step.notes() != null && !step.notes().isBlank()) {
                y = paragraph(out, bold, BODY, words.notes(), y, width);
                y = paragraph(out, regular, BODY, step.notes(), y, width) - 8;
            }
            y = paragraph(out, bold, BODY, words.sources(), y, width);
            if (step.sources().isEmpty()) {
                paragraph(out, regular, BODY, words.noSources(), y, width);
            }
            for (int i = 0; i < step.sources().size() && y > MARGIN; i++) {
                y = paragraph(out, regular, 9.5f, (i + 1) + ". " + step.sources().get(i), y, width);
            }
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

    /** Sets {@code text} wrapped to {@code width} from {@code y} down; returns the y below it. */
    private float paragraph(PDPageContentStream out, PDFont font, float size, String text, float y, float width)
            throws IOException {
        for (String line : wrap(font, size, printableText(font, text), width)) {
            y -= size * LEADING;
            if (y < MARGIN) {
                return y;
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
        }
        return y;
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

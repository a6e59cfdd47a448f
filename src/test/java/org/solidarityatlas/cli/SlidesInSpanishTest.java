package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas slides --lang es} writes the handout in Spanish: the dataset's Spanish step texts and the handout's
 * own words. It runs in a JVM of its own, as a user runs it, because the command stops JavaFX when done.
 */
class SlidesInSpanishTest {

    @TempDir
    Path dir;

    @Test
    void slidesLangEsWritesTheHandoutInSpanish() throws Exception {
        Path db = dir.resolve("db");
        AtlasRun imported = AtlasRun.atlas("import", "--db", db.toString(),
                Path.of("src/test/resources/ui/text/mill-towns.json").toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        Path pdf = dir.resolve("folleto.pdf");

        String output = atlasInOwnJvm("slides", "--db", db.toString(), "--lang", "es",
                "--out", dir.resolve("slides").toString(), "--pdf", pdf.toString());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertTrue(first.contains("Los tejedores se organizan"), first + output);
            assertTrue(first.contains("Taller por taller."), first);
            assertTrue(first.contains("Notas"), first);
            assertTrue(first.contains("Paso 1 de 2"), first);
            assertTrue(first.contains("Actas del comité de la fábrica"), first);
        }
    }

    @Test
    void anUnknownLanguageIsOneClearLine() {
        AtlasRun run = AtlasRun.atlas("slides", "--db", dir.resolve("db").toString(), "--lang", "fr",
                "--out", dir.resolve("slides").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("atlas: unknown language 'fr': use en or es", run.errLines().get(run.errLines().size() - 1));
    }

    private String atlasInOwnJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Xmx768m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Duser.language=en",
                "-cp", System.getProperty("java.class.path"), AtlasCommand.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("atlas.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "atlas slides did not end");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}

package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `atlas validate` as a separate process on files made to break it, as a user would run it. */
class HostileValidateTest {

    @TempDir
    Path folder;

    @Test
    void tenMillionNumbersInTagsAreOneLocatedErrorInA256MegabyteHeap() throws Exception {
        Path file = folder.resolve("tags.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"solidarity-atlas/1\", \"title\": \"Tags\", \"relationships\": [],\n");
            out.write("\"entities\": [{\"id\": \"ue\", \"type\": \"union\", \"name\": \"UE\", \"tags\": [0");
            for (int i = 1; i < 10_000_000; i++) {
                out.write(",1");
            }
            out.write("]}]}\n");
        }

        Result run = validateInOwnJvm(file, "-Xmx256m");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(file + ":2:66: error: 'tags' holds more than 10,000 entries; a dataset's lists need far"
                + " fewer (the file was not read further)"), run.lines());
    }

    @Test
    void escapeCodesFromTheFileNeverReachTheTerminal() throws Exception {
        Path file = Files.writeString(folder.resolve("escapes.json"), """
                {"format": "solidarity-atlas/1", "title": "Escapes", "relationships": [],
                 "entities": [{"id": "ue", "type": "\\u001b[2J\\u001b]0;owned\\u0007union", "name": "UE\\u009b"}]}
                """);

        Result run = validateInOwnJvm(file, "-Xmx128m");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.lines().size(), run.toString());
        assertTrue(run.lines().get(0).contains("'\\u001b[2J\\u001b]0;owned\\u0007union'"), run.toString());
        assertFalse(run.output().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), run.toString());
    }

    private record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Result validateInOwnJvm(Path file, String heap) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), AtlasCommand.class.getName(), "validate",
                file.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
        return new Result(process.exitValue(), output);
    }
}

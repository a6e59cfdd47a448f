package org.solidarityatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.store.DataDirectoryInUseException;
import org.solidarityatlas.testing.Neo4jStore;

/**
 * {@code atlas --db DIR} while another process has DIR open: it is told so and stops before opening the
 * database or showing the explorer (here without a display, so the one-line message is all it shows).
 */
class SecondExplorerTest {

    /** The first explorer's store, open for the test. */
    @RegisterExtension
    final Neo4jStore first = Neo4jStore.empty();

    @Test
    void aSecondExplorerOnADirectoryInUseIsToldSoBeforeOpeningIt() throws Exception {
        Path directory = first.directory();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "org.solidarityatlas.cli.AtlasCommand",
                "--db", directory.toString()));
        builder.environment().remove("DISPLAY");
        Path log = Files.createTempFile(directory.getParent(), "second", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process second = builder.start();
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second explorer did not stop");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, second.exitValue(), output);
        assertTrue(output.contains("atlas: " + new DataDirectoryInUseException(directory).getMessage()), output);
        // It never started a database of its own: Neo4j would have logged into the directory's log file.
        assertTrue(!output.contains("Neo4j"), output);
        Files.deleteIfExists(log);
    }
}

package org.solidarityatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas --db DIR} in a JVM of its own (Monocle headless), its class loading logged: what the first frame
 * does not need is not even loaded before the window shows, and is loaded after it. The window counts as shown
 * when {@code BenchReport} loads: the application loads it right after {@code stage.show()}.
 */
class WindowFirstTest {

    private static final String WINDOW_SHOWN = " org.solidarityatlas.ui.app.BenchReport ";

    @TempDir
    Path directory;

    @Test
    void neitherNeo4jNorTheKeyringIsLoadedBeforeTheWindowShows() throws Exception {
        List<String> classes = classesLoadedByAStart();
        int shown = indexOf(classes, WINDOW_SHOWN);
        List<String> early = new ArrayList<>();
        for (String line : classes.subList(0, shown)) {
            if (line.contains(" org.neo4j.") || line.contains(" com.github.javakeyring.")
                    || line.contains(" org.solidarityatlas.store.Neo4jGraphStore ")) {
                early.add(line);
            }
        }
        assertEquals(List.of(), early);
        // The database did open afterwards, in the same start: the log holds the whole start.
        assertTrue(indexOf(classes, " org.solidarityatlas.store.Neo4jGraphStore ") > shown);
    }

    /** The class-loading log of one start on an empty data directory, once the database is open too. */
    private List<String> classesLoadedByAStart() throws IOException, InterruptedException {
        Path log = directory.resolve("classes.log");
        Path report = directory.resolve("report.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Xlog:class+load:file=" + log, "-Datlas.bench.report=" + report,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "org.solidarityatlas.cli.AtlasCommand",
                "--db", directory.resolve("db").toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.redirectErrorStream(true).redirectOutput(directory.resolve("output.log").toFile());
        Process explorer = builder.start();
        try {
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!reported(report, "store_ready=") && explorer.isAlive() && System.nanoTime() < giveUp) {
                Thread.sleep(200);
            }
            assertTrue(reported(report, "store_ready="), "the explorer did not open its database: "
                    + Files.readString(directory.resolve("output.log"), StandardCharsets.UTF_8));
        } finally {
            explorer.destroy();
            explorer.waitFor(30, TimeUnit.SECONDS);
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static boolean reported(Path report, String name) throws IOException {
        return Files.exists(report) && Files.readString(report, StandardCharsets.UTF_8).contains(name);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("never loaded:" + part);
    }
}

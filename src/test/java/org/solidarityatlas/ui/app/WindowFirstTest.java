package org.solidarityatlas.ui.app;

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
 * {@code atlas --db DIR} in a JVM of its own (Monocle headless), its class loading logged with the wall clock:
 * what the first frame does not need is not even loaded before the window shows (as the benchmark's report
 * says, {@code window_shown}), and is loaded after it.
 */
class WindowFirstTest {

    @TempDir
    Path directory;

    @Test
    void neitherNeo4jNorTheKeyringIsLoadedBeforeTheWindowShows() throws Exception {
        List<String> classes = classesLoadedByAStart();
        long shown = reportedTime("window_shown");
        List<String> early = new ArrayList<>();
        for (String line : classes) {
            if (loadedAt(line) < shown && (line.contains(" org.neo4j.") || line.contains(" com.github.javakeyring.")
                    || line.contains(" org.solidarityatlas.store.Neo4jGraphStore "))) {
                early.add(line);
            }
        }
        assertTrue(early.isEmpty(), early.size() + " classes loaded before the window showed, the first: "
                + early.subList(0, Math.min(3, early.size())));
        // The database did open afterwards, in the same start: the log holds the whole start.
        assertTrue(loadedAt(classes.get(indexOf(classes, " org.solidarityatlas.store.Neo4jGraphStore "))) >= shown);
    }

    /** When the line's class was loaded: {@code [1764582000123ms] name source: ...}, epoch milliseconds. */
    private static long loadedAt(String line) {
        return Long.parseLong(line.substring(1, line.indexOf("ms]")));
    }

    private long reportedTime(String name) throws IOException {
        for (String line : Files.readAllLines(directory.resolve("report.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith(name + "=")) {
                return Long.parseLong(line.substring(name.length() + 1).strip());
            }
        }
        throw new AssertionError("the explorer did not report " + name);
    }

    /** The class-loading log of one start on an empty data directory, once the database is open too. */
    private List<String> classesLoadedByAStart() throws IOException, InterruptedException {
        Path log = directory.resolve("classes.log");
        Path report = directory.resolve("report.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Xlog:class+load:file=" + log + ":timemillis", "-Datlas.bench.report=" + report,
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

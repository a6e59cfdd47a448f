package org.solidarityatlas.bench;

import org.solidarityatlas.cli.BenchCommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs {@code bench --quick --json} so the benchmark code cannot rot; no figure is judged, only its form. */
class BenchCommandTest {

    private static int exitCode;
    private static String json;

    @BeforeAll
    static void runQuickBench() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(new StringWriter()));
        exitCode = command.execute("--quick", "--json");
        json = out.toString();
    }

    @Test
    void quickBenchPrintsEveryFieldAsANumberOrAsMissingWithAReason() {
        assertEquals(0, exitCode);
        assertTrue(json.contains("\"quick\": true"), json);
        for (BenchField field : BenchField.values()) {
            Matcher value = Pattern.compile("\"" + field.jsonName() + "\": (null|-?[0-9]+(\\.[0-9]+)?),?\\n")
                    .matcher(json);
            assertTrue(value.find(), () -> field.jsonName() + " absent or not a number in\n" + json);
            if (value.group(1).equals("null")) {
                assertTrue(Pattern.compile("\\n    \"" + field.jsonName() + "\": \"[^\"]+\"").matcher(json).find(),
                        () -> field.jsonName() + " is null without a reason in\n" + json);
            }
        }
    }

    @Test
    void importStoreQueriesFilteringLayoutAndRenderingAreMeasured() {
        for (BenchField field : List.of(BenchField.IMPORT_100K_300K_S, BenchField.IMPORT_PEAK_HEAP_MB,
                BenchField.READ_100K_300K_S, BenchField.SEARCH_100K_MEDIAN_MS, BenchField.PATH_100K_MEDIAN_MS,
                BenchField.NEIGHBOURHOOD2_100K_MEDIAN_MS, BenchField.LAYOUT_1K_SETTLE_S, BenchField.RENDER_1K_FPS,
                BenchField.RENDER_5K_FPS, BenchField.RENDER_10K_FPS, BenchField.RENDER_5K_FPS_DEFAULT,
                BenchField.FILTER_10K_MEDIAN_MS, BenchField.FILTER_10K_P95_MS)) {
            assertTrue(Pattern.compile("\"" + field.jsonName() + "\": [0-9]").matcher(json).find(),
                    () -> field.jsonName() + " not measured in\n" + json);
        }
    }

    @Test
    void explorerStartUpHeapAndLongestBlockAreMeasuredFromItsOwnProcess() {
        for (BenchField field : List.of(BenchField.STARTUP_WINDOW_MS, BenchField.STARTUP_READY_FIRST_MS,
                BenchField.STARTUP_READY_AGAIN_MS, BenchField.EXPLORER_100K_HEAP_MB, BenchField.UI_MAX_BLOCK_MS)) {
            assertTrue(Pattern.compile("\"" + field.jsonName() + "\": [0-9]").matcher(json).find(),
                    () -> field.jsonName() + " not measured in\n" + json);
        }
    }

    @Test
    void onlyMeasuresThePartsAskedForAndSaysWhyTheOthersAreMissing() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand());
        command.setCaseInsensitiveEnumValuesAllowed(true);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(new StringWriter()));

        assertEquals(0, command.execute("--quick", "--json", "--only", "filter"));
        String only = out.toString();
        assertTrue(Pattern.compile("\"filter_10k_p95_ms\": [0-9]").matcher(only).find(), only);
        assertTrue(only.contains("\"import_100k_300k_s\": null"), only);
        assertTrue(only.contains("\"import_100k_300k_s\": \"not asked for (--only)\""), only);
    }
}

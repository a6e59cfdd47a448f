package org.solidarityatlas.cli;

import org.solidarityatlas.bench.BenchResults;
import org.solidarityatlas.bench.Benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: measures import, queries, filtering, rendering and start-up at the sizes of issue 5. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Solidarity Atlas at scale (generates its own data; takes minutes).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--quick", description = "Small sizes, for smoke tests only: the figures mean nothing.")
    boolean quick;

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Measure only these parts: ${COMPLETION-CANDIDATES} (default: all).")
    List<Benchmark.Part> only = List.of();

    @Option(names = "--image", paramLabel = "DIR",
            description = "The app image whose start-up is measured too (default: ${DEFAULT-VALUE}).")
    Path appImage = Benchmark.DEFAULT_APP_IMAGE;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            BenchResults results = new Benchmark(quick ? Benchmark.QUICK : Benchmark.FULL, err, Set.copyOf(only),
                    AtlasCommand.class.getName(), appImage)
                    .run();
            out.print(json ? results.toJson() : results.toTable());
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        }
    }
}

package org.solidarityatlas.cli;

import org.solidarityatlas.bench.DatasetGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a synthetic dataset of a given size, for trying the atlas at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic dataset (made-up names, realistic shape) for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--entities", required = true, paramLabel = "N", description = "Number of entities (at least 6).")
    int entities;

    @Option(names = "--relationships", required = true, paramLabel = "M", description = "Number of relationships.")
    int relationships;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The dataset file to write.")
    Path out;

    @Override
    public Integer call() {
        DatasetGenerator generator;
        try {
            generator = new DatasetGenerator(entities, relationships, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            generator.write(out);
            spec.commandLine().getOut().printf("%s: %,d entities, %,d relationships, %s%n", out, entities,
                    relationships, megabytes(Files.size(out)));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(out + ": cannot write the file: " + e.getMessage());
            return 1;
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

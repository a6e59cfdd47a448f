package org.solidarityatlas.cli;

import org.solidarityatlas.bench.BenchResults;
import org.solidarityatlas.bench.Benchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.solidarityatlas.store.ServerConnection;
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

    @Option(names = "--neo4j", paramLabel = "URI",
            description = "Also measure the store over Bolt on the Neo4j server at URI (its database's dataset is "
                    + "REPLACED by the generated one). User, password and database from NEO4J_USERNAME, "
                    + "NEO4J_PASSWORD (else asked) and NEO4J_DATABASE, defaults neo4j.")
    String neo4j;

    private Optional<ServerConnection> server() {
        String user = System.getenv().getOrDefault("NEO4J_USERNAME", ServerConnection.DEFAULT_USER);
        String database = System.getenv().getOrDefault("NEO4J_DATABASE", ServerConnection.DEFAULT_DATABASE);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s at %s: ", user, neo4j);
            password = typed == null ? null : new String(typed);
        }
        return password == null ? Optional.empty()
                : Optional.of(new ServerConnection(neo4j, user, password, database, false));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Benchmark benchmark = new Benchmark(quick ? Benchmark.QUICK : Benchmark.FULL, err, Set.copyOf(only),
                    AtlasCommand.class.getName(), appImage);
            if (neo4j != null) {
                Optional<ServerConnection> server = server();
                if (server.isEmpty()) {
                    err.println("bench: no password for the server: set NEO4J_PASSWORD, or run in a terminal");
                    return 1;
                }
                benchmark.onServer(server.get());
            }
            BenchResults results = benchmark.run();
            out.print(json ? results.toJson() : results.toTable());
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        }
    }
}

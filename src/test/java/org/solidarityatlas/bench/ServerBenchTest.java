package org.solidarityatlas.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.store.TestNeo4jServer;

/** {@code bench --neo4j} against the tests' own server, so the Bolt figures cannot rot; only their form is judged. */
class ServerBenchTest {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    @Test
    void benchOnAServerMeasuresEveryBoltFigureWithTheRoundTrip() throws IOException {
        String json = new Benchmark(Benchmark.QUICK, new PrintWriter(new StringWriter()),
                Set.of(Benchmark.Part.SERVER), "org.solidarityatlas.cli.AtlasCommand")
                .onServer(SERVER.connection(false)).run().toJson();
        for (BenchField field : Benchmark.Part.SERVER.fields()) {
            assertTrue(Pattern.compile("\"" + field.jsonName() + "\": [0-9]").matcher(json).find(),
                    () -> field.jsonName() + " not measured in\n" + json);
        }
    }
}

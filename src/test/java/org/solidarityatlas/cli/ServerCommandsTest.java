package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.store.TestNeo4jServer;
import picocli.CommandLine;

/** The commands on a Neo4j server: --neo4j, the user, password and database from options or the environment. */
class ServerCommandsTest {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    @TempDir
    Path temporary;

    /** The test user and password, as a shell would export them. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("NEO4J_USERNAME", TestNeo4jServer.USER);
        environment.put("NEO4J_PASSWORD", TestNeo4jServer.PASSWORD);
        return environment;
    }

    private static AtlasRun atlas(Map<String, String> environment, String... args) {
        CommandLine commandLine = AtlasCommand.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new AtlasRun(exitCode, out.toString(), err.toString());
    }

    @BeforeEach
    void serverHoldsTheAllianceDataset() {
        AtlasRun run = atlas(environment(), "import", fixture("alliance.json").toString(), "--neo4j", SERVER.uri());
        assertEquals(0, run.exitCode(), run.toString());
    }

    @Test
    void importSaysWhichServerAndDatabaseItLoaded() {
        String file = fixture("small.json").toString();
        AtlasRun run = atlas(environment(), "import", file, "--neo4j", SERVER.uri());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("imported " + file + " into " + SERVER.uri() + ", database neo4j — 2 entities, "
                + "1 relationship, undated"), run.outLines());
    }

    @Test
    void queryRunsOnTheServer() {
        AtlasRun run = atlas(environment(), "query", "--json", "--neo4j", SERVER.uri(),
                "MATCH (n:Entity) RETURN count(n) AS entities");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"entities\" : 6") || run.out().contains("\"entities\": 6"), run.out());
    }

    @Test
    void exportFromTheServerGivesBackTheImportedDataset() throws Exception {
        Path out = temporary.resolve("back.json");
        AtlasRun run = atlas(environment(), "export", "--format", "json", "--out", out.toString(),
                "--neo4j", SERVER.uri());
        assertEquals(0, run.exitCode(), run.toString());
        DatasetReader reader = new DatasetReader();
        assertEquals(reader.read(fixture("alliance.json")).dataset(), reader.read(out).dataset());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void wrongPasswordIsOneLineAndExitStatusOne() {
        Map<String, String> environment = environment();
        environment.put("NEO4J_PASSWORD", "guess");
        AtlasRun run = atlas(environment, "query", "--neo4j", SERVER.uri(), "RETURN 1");
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("atlas: the Neo4j server at " + SERVER.uri() + " refused user \"atlas\": "
                + "wrong user name or password"), run.err());
    }

    @Test
    void withoutPasswordOrTerminalTheCommandSaysHowToGiveOne() {
        Map<String, String> environment = environment();
        environment.remove("NEO4J_PASSWORD");
        AtlasRun run = atlas(environment, "query", "--neo4j", SERVER.uri(), "RETURN 1");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("set NEO4J_PASSWORD"), run.err());
    }

    @Test
    void userOptionOverridesTheEnvironment() {
        AtlasRun run = atlas(environment(), "query", "--neo4j", SERVER.uri(), "--neo4j-user", "nobody", "RETURN 1");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("refused user \"nobody\""), run.err());
    }

    @Test
    void databaseOptionNamesTheDatabase() {
        AtlasRun run = atlas(environment(), "export", "--format", "json", "--out",
                temporary.resolve("x.json").toString(), "--neo4j", SERVER.uri(), "--neo4j-database", "history");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("has no database \"history\""), run.err());
    }

    @Test
    void databaseFromTheEnvironmentIsUsed() {
        Map<String, String> environment = environment();
        environment.put("NEO4J_DATABASE", "archive");
        AtlasRun run = atlas(environment, "query", "--neo4j", SERVER.uri(), "RETURN 1");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("has no database \"archive\""), run.err());
    }

    @Test
    void readOnlyImportIsRefusedAndTheServerKeepsItsDataset() {
        AtlasRun run = atlas(environment(), "import", fixture("small.json").toString(), "--neo4j", SERVER.uri(),
                "--read-only");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("read-only"), run.err());
        AtlasRun count = atlas(environment(), "query", "--neo4j", SERVER.uri(),
                "MATCH (d:Dataset {current: true}) RETURN d.title");
        assertTrue(count.out().contains("Alliance test dataset"), count.toString());
    }

    @Test
    void dataDirectoryAndServerTogetherAreRefused() {
        AtlasRun run = atlas(environment(), "query", "--neo4j", SERVER.uri(), "--db",
                temporary.resolve("db").toString(), "RETURN 1");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("either --db or --neo4j"), run.err());
    }

    @Test
    void passwordIsNotAnOption() {
        AtlasRun run = atlas(environment(), "query", "--neo4j", SERVER.uri(), "--neo4j-password", "x", "RETURN 1");
        assertEquals(2, run.exitCode(), run.toString());
    }
}

package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.EntityType;

class QueryCommandTest {

    private static final String COUNT_BY_TYPE =
            "MATCH (n:Entity) RETURN n.type AS type, count(*) AS entities ORDER BY type";

    @TempDir
    Path temporary;

    private String db;

    @BeforeEach
    void importAlliance() {
        db = temporary.resolve("db").toString();
        AtlasRun imported = atlas("import", fixture("alliance.json").toString(), "--db", db);
        assertEquals(0, imported.exitCode(), imported.toString());
    }

    @Test
    void queryPrintsAnAlignedTable() {
        AtlasRun run = atlas("query", "--db", db, COUNT_BY_TYPE);

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("""
                type      entities
                --------  --------
                alliance         1
                event            2
                person           1
                union            2
                (4 rows)
                """, run.out());
        assertEquals("", run.err());
    }

    @Test
    void queryWithJsonPrintsOneObjectPerRow() {
        AtlasRun run = atlas("query", "--json", "--db", db,
                "MATCH (n:Entity) WHERE n.type = 'union' RETURN n.name AS name ORDER BY name");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("""
                [
                  {"name": "Frente Auténtico del Trabajo"},
                  {"name": "United Electrical, Radio and Machine Workers of America"}
                ]
                """, run.out());
    }

    @Test
    void writeQueryIsRefusedInOneLineAndTheStoreIsUnchanged() {
        AtlasRun refused = atlas("query", "--db", db, "MATCH (n:Entity) DETACH DELETE n");

        assertEquals(1, refused.exitCode(), refused.toString());
        assertEquals(1, refused.errLines().size(), refused.toString());
        assertTrue(refused.err().startsWith("atlas: "), refused.err());
        assertEquals("", refused.out());
        AtlasRun count = atlas("query", "--db", db, "MATCH (n:Entity) RETURN count(n) AS n");
        assertEquals(List.of("n", "-", "6", "(1 row)"), count.outLines());
    }

    @Test
    void createQueryIsRefusedToo() {
        AtlasRun refused = atlas("query", "--db", db, "CREATE (:Entity {id: 'intruder', type: 'union'})");

        assertEquals(1, refused.exitCode(), refused.toString());
        AtlasRun count = atlas("query", "--db", db, "MATCH (n:Entity {id: 'intruder'}) RETURN count(n) AS n");
        assertEquals(List.of("n", "-", "0", "(1 row)"), count.outLines());
    }

    @Test
    void malformedCypherIsOneLineWithoutAStackTrace() {
        AtlasRun run = atlas("query", "--db", db, "MATCH (n RETURN n");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("atlas: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void debugAddsTheStackTrace() {
        AtlasRun run = atlas("query", "--debug", "--db", db, "MATCH (n RETURN n");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.errLines().size() > 1, run.toString());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void queryOnAFreshDataDirectoryLoadsTheBundledDatasetFirst() {
        Path fresh = temporary.resolve("fresh-db");

        AtlasRun run = atlas("query", "--db", fresh.toString(), "MATCH (n:Entity) RETURN n.type, count(*)");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("atlas: no dataset was stored in " + fresh + "; loaded the bundled one"),
                run.err());
        Set<String> types = run.outLines().stream()
                .skip(2)
                .filter(line -> !line.startsWith("("))
                .map(line -> line.split(" +")[0])
                .collect(Collectors.toSet());
        assertEquals(Arrays.stream(EntityType.values()).map(EntityType::id).collect(Collectors.toSet()), types);
    }

    @Test
    void queryWithoutCypherIsAUsageError() {
        AtlasRun run = atlas("query", "--db", db);

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
    }

    @Test
    void rowsBeyondTheLimitAreCountedOnALineOfTheirOwn() {
        AtlasRun run = atlas("query", "--db", db, "--limit", "2",
                "MATCH (a:Entity), (b:Entity) RETURN a.id AS a, b.id AS b ORDER BY a, b");

        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.outLines();
        assertEquals(6, lines.size(), run.toString());
        assertEquals("… and 34 more rows", lines.get(4));
        assertEquals("(2 rows shown)", lines.get(5));
    }

    @Test
    void rowsBeyondTheLimitInJsonAreCountedOnStandardError() {
        AtlasRun run = atlas("query", "--json", "--db", db, "--limit", "1",
                "MATCH (n:Entity) RETURN n.id AS id ORDER BY id");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(3, run.outLines().size(), run.toString());
        assertEquals(List.of("… and 5 more rows (--limit N prints more)"), run.errLines());
    }

    @Test
    void queryStoppedByItsTimeoutIsOneClearLine() {
        AtlasRun run = atlas("query", "--db", db, "--timeout", "1",
                "MATCH (a), (b), (c), (d), (e), (f), (g), (h), (i), (j), (k), (l), (m), (n) "
                        + "RETURN count(a.id + b.id + c.id + d.id + e.id + f.id + g.id + h.id + i.id + j.id + k.id"
                        + " + l.id + m.id + n.id) AS n");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("atlas: the query ran longer than its time limit of 1 s and was stopped; narrow it,"
                + " or allow more with --timeout SECONDS"), run.errLines());
    }

    @Test
    void loadCsvIsRefusedInOneLine() {
        AtlasRun run = atlas("query", "--db", db, "LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("atlas: refused: LOAD CSV reads files and web addresses"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void terminateTransactionsIsRefusedInOneLine() {
        AtlasRun run = atlas("query", "--db", db, "TERMINATE TRANSACTIONS 'neo4j-transaction-1'");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("atlas: refused: TERMINATE TRANSACTIONS"), run.err());
    }

    @Test
    void timeoutOfZeroIsRefusedBeforeTheStoreOpens() {
        AtlasRun run = atlas("query", "--db", db, "--timeout", "0", "RETURN 1");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("atlas: --timeout must be 1 to 86400 seconds, not 0"), run.errLines());
    }
}

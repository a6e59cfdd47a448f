package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void validFilePrintsOneSummaryLineAndExitsZero() {
        String file = fixture("alliance.json").toString();

        AtlasRun run = atlas("validate", file);

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(file + ": valid — 6 entities, 5 relationships, 1936–2023"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void undatedFileSaysUndatedAndCountsInTheSingular() {
        String file = fixture("small.json").toString();

        AtlasRun run = atlas("validate", file);

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(file + ": valid — 2 entities, 1 relationship, undated"), run.outLines());
    }

    @Test
    void severalFilesGetOneLineEach() {
        AtlasRun run = atlas("validate", fixture("alliance.json").toString(), fixture("small.json").toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(2, run.outLines().size(), run.toString());
    }

    @Test
    void invalidFileReportsEachProblemWithItsPlaceAndExitsOne() {
        String file = fixture("broken.json").toString();

        AtlasRun run = atlas("validate", file);

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("", run.out());
        List<String> problems = run.errLines();
        assertEquals(2, problems.size(), run.toString());
        assertTrue(problems.get(0).startsWith(file + ":6:60: error: "), problems.get(0));
        assertTrue(problems.get(0).contains("1994-13"), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":9:64: error: "), problems.get(1));
        assertTrue(problems.get(1).endsWith("unknown entity 'fatt' (did you mean 'fat'?)"), problems.get(1));
    }

    @Test
    void oneInvalidFileAmongValidOnesStillExitsOne() {
        AtlasRun run = atlas("validate", fixture("alliance.json").toString(), fixture("broken.json").toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.outLines().size(), run.toString());
    }

    @Test
    void missingFileIsReportedAsAProblemOfThatFile() {
        AtlasRun run = atlas("validate", "no-such-dataset.json");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("no-such-dataset.json:1:1: error: "), run.err());
    }

    @Test
    void validateWithoutAFileIsAUsageErrorInOneLine() {
        AtlasRun run = atlas("validate");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("atlas: Missing required parameter"), run.err());
        assertTrue(run.err().contains("'atlas validate --help'"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        AtlasRun run = atlas("validate", "--strict", fixture("small.json").toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains("--strict"), run.err());
    }
}

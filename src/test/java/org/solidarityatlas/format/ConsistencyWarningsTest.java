package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.Fixtures.assertWarning;
import static org.solidarityatlas.format.Fixtures.onlyProblem;
import static org.solidarityatlas.format.Fixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings about items that are each valid but contradict one another. */
class ConsistencyWarningsTest {

    private static List<Problem> outsideLife() {
        ReadResult result = read("relationship-outside-life.json");
        assertTrue(result.isValid(), "warnings leave the file usable");
        return result.problems();
    }

    @Test
    void relationshipStartingBeforeAnEndBeginsIsWarnedAtItsStart() {
        assertWarning(outsideLife().get(0), 12, 68,
                "relationship starts 2019-05-01, before 'centre' begins (2020-11)");
    }

    @Test
    void relationshipEndingAfterAnEventEndedIsWarnedAtItsEnd() {
        assertWarning(outsideLife().get(1), 13, 91, "relationship ends 1998-08, after 'case' ends (1998-07-31)");
    }

    @Test
    void relationshipStartingAfterAnEndEndedIsWarned() {
        assertWarning(outsideLife().get(2), 14, 68, "relationship starts 2023, after 'board' ends (2022)");
    }

    @Test
    void relationshipStartingBeforeItsFromEndBeginsIsWarned() {
        assertWarning(outsideLife().get(3), 17, 68, "relationship starts 1950, before 'union' begins (1960)");
    }

    @Test
    void datesOfACoarserPrecisionThatCoverTheLifeAreNotWarned() {
        // Lines 15 and 16 give a year that contains the event's day: no conflict, only less precision.
        assertEquals(4, outsideLife().size(), () -> outsideLife().toString());
    }

    @Test
    void aliasSharedByTwoEntitiesIsWarnedAtTheSecondWhateverItsCase() {
        ReadResult result = read("shared-alias.json");
        assertTrue(result.isValid());
        assertWarning(onlyProblem(result), 6, 93,
                "alias 'movimiento 20/32' is also an alias of 'snitis' (line 5)");
    }
}

package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.Fixtures.assertError;
import static org.solidarityatlas.format.Fixtures.assertWarning;
import static org.solidarityatlas.format.Fixtures.onlyError;
import static org.solidarityatlas.format.Fixtures.onlyProblem;
import static org.solidarityatlas.format.Fixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional {@code stories} array is checked with the same located messages as the rest of the file. */
class StoryValidationTest {

    @Test
    void storiesThatAreNotAnArrayAreAWrongKind() {
        assertError(onlyError("stories-not-an-array.json"), 13, 14, "'stories' in the dataset must be an array");
    }

    @Test
    void stepWithoutTitlePointsAtTheStep() {
        assertError(onlyError("story-step-without-title.json"), 15, 7, "missing required field 'title' in step");
    }

    @Test
    void storyWithoutIdAndTitleReportsBoth() {
        ReadResult result = read("story-missing-id-and-title.json");
        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertError(result.problems().get(0), 14, 5, "missing required field 'id' in story");
        assertError(result.problems().get(1), 14, 5, "missing required field 'title' in story");
    }

    @Test
    void duplicateStoryIdNamesTheLineOfTheFirst() {
        assertError(onlyError("story-duplicate-id.json"), 15, 12, "duplicate story id 's1'", "first used on line 14");
    }

    @Test
    void unknownFocusIdSuggestsTheClosestEntity() {
        assertError(onlyError("story-unknown-focus.json"), 15, 41, "unknown entity 'fta' in 'focus'",
                "did you mean 'fat'?");
    }

    @Test
    void unknownEntityTypeInTypesSuggestsTheNearestType() {
        assertError(onlyError("story-unknown-type.json"), 15, 44, "unknown entity type 'unoin' in 'types'",
                "did you mean 'union'?");
    }

    @Test
    void malformedStepDateIsAnError() {
        assertError(onlyError("story-malformed-date.json"), 15, 33, "'from' '1994-13' is not a real date");
    }

    @Test
    void stepEndingBeforeItStartsPointsAtTo() {
        assertError(onlyError("story-to-before-from.json"), 15, 47, "'to' 1994 is before 'from' 2019");
    }

    @Test
    void depthMustBeAWholeNumberFromOneToThree() {
        List<Problem> problems = read("story-bad-depth.json").problems();
        assertEquals(4, problems.size(), problems::toString);
        assertError(problems.get(0), 15, 34, "'depth' must be a whole number from 1 to 3, not 0");
        assertError(problems.get(1), 16, 34, "not 4");
        assertError(problems.get(2), 17, 34, "not a string");
        assertError(problems.get(3), 18, 38, "not 1.5");
    }

    @Test
    void relationshipTypeNoRelationshipHasIsAWarningWithASuggestion() {
        ReadResult result = read("story-unused-relationship-type.json");
        assertTrue(result.isValid());
        assertWarning(onlyProblem(result), 16, 61, "no relationship in this file has type 'parnter_of'",
                "did you mean 'partner_of'?");
    }

    @Test
    void relationshipTypeInStepMustBeSnakeCase() {
        assertError(onlyError("story-relationship-type-not-snake-case.json"), 16, 47,
                "'relationshipTypes' 'partnerOf' must be snake_case", "'partner_of'");
    }
}

package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.Fixtures.assertError;
import static org.solidarityatlas.format.Fixtures.onlyError;
import static org.solidarityatlas.format.Fixtures.onlyProblem;
import static org.solidarityatlas.format.Fixtures.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of problem, each checking where it is reported and what the message says. */
class DatasetReaderErrorsTest {

    @Test
    void emptyFileIsReportedAtItsStart() {
        assertError(onlyError("empty.json"), 1, 1, "the file is empty");
    }

    @Test
    void fileWithOnlyWhitespaceIsEmpty() {
        assertError(onlyError("whitespace-only.json"), 1, 1, "the file is empty");
    }

    @Test
    void truncatedFileNamesTheObjectLeftOpen() {
        assertError(onlyError("truncated.json"), 10, 36, "the file ends too early",
                "the object opened on line 10, column 5 is not closed");
    }

    @Test
    void fileEndingInsideAStringPointsAtTheString() {
        assertError(onlyError("truncated-in-string.json"), 9, 44, "the file ends too early",
                "the string starting here is not closed");
    }

    @Test
    void syntaxErrorPointsAtTheUnexpectedCharacter() {
        assertError(onlyError("syntax-error.json"), 10, 17, "invalid JSON", "unexpected character ('\"')",
                "comma");
    }

    @Test
    void contentAfterTheTopLevelObjectIsAnError() {
        assertError(onlyError("trailing-content.json"), 14, 1, "unexpected content after the end");
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        assertError(onlyError("invalid-utf8.json"), 10, 48, "not valid UTF-8", "0xE9");
    }

    @Test
    void topLevelThatIsNotAnObjectIsReportedWhereItStarts() {
        assertError(onlyError("top-level-array.json"), 2, 3, "the top level must be an object", "not an array");
    }

    @Test
    void unsupportedFormatPointsAtTheFormatValue() {
        assertError(onlyError("unsupported-format.json"), 2, 13, "unsupported format 'solidarity-atlas/2'",
                "'solidarity-atlas/1'");
    }

    @Test
    void missingRequiredFieldPointsAtTheObjectLackingIt() {
        assertError(onlyError("missing-name.json"), 10, 5, "missing required field 'name' in entity");
    }

    @Test
    void everyMissingTopLevelFieldIsReported() {
        ReadResult result = read("missing-top-level-fields.json");
        assertEquals(List.of(
                        "missing required field 'title' in the dataset",
                        "missing required field 'entities' in the dataset",
                        "missing required field 'relationships' in the dataset"),
                result.problems().stream().map(Problem::message).toList());
        result.problems().forEach(p -> assertError(p, 1, 1));
    }

    @Test
    void arrayFieldHoldingAnObjectIsAWrongKind() {
        assertError(onlyError("wrong-kind-entities.json"), 4, 15, "'entities' in the dataset must be an array",
                "not an object");
    }

    @Test
    void requiredArraySetToNullIsAWrongKind() {
        assertError(onlyError("required-array-null.json"), 1, 91, "'relationships' in the dataset must be an array",
                "not null");
    }

    @Test
    void stringFieldHoldingANumberIsAWrongKind() {
        assertError(onlyError("wrong-kind-name.json"), 10, 44, "'name' in entity must be a string, not a number");
    }

    @Test
    void arrayEntryThatIsNotAnObjectIsAWrongKind() {
        assertError(onlyError("entity-not-an-object.json"), 10, 5,
                "each entry of 'entities' must be an object, not a string");
    }

    @Test
    void unknownEntityTypeSuggestsTheNearestType() {
        assertError(onlyError("unknown-entity-type.json"), 10, 26, "unknown entity type 'unoin'",
                "did you mean 'union'?", "union, alliance, person, campaign, organization, event");
    }

    @Test
    void windowsLineEndingsCountAsOneLineBreak() {
        assertError(onlyError("crlf-line-endings.json"), 10, 26, "unknown entity type 'unoin'");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // "ü", "ó", "Ü", "ï", "ö" and "é" take two bytes each but are one column each.
        assertError(onlyError("column-after-non-ascii.json"), 1, 134, "'start' 'Mayo' is not a date");
    }

    @Test
    void entityIdWithASpaceIsInvalid() {
        assertError(onlyError("invalid-entity-id.json"), 10, 12, "entity id 'p a' must be 1-100 characters");
    }

    @Test
    void blankNameIsAnError() {
        assertError(onlyError("blank-name.json"), 10, 44, "'name' in entity must not be blank");
    }

    @Test
    void duplicateEntityIdNamesTheLineOfTheFirst() {
        assertError(onlyError("duplicate-entity-id.json"), 11, 12, "duplicate entity id 'ue'",
                "first used on line 8");
    }

    @Test
    void duplicateSourceIdNamesTheLineOfTheFirst() {
        assertError(onlyError("duplicate-source-id.json"), 6, 12, "duplicate source id 'article'",
                "first used on line 5");
    }

    @Test
    void duplicateRelationshipIdNamesTheLineOfTheFirst() {
        assertError(onlyError("duplicate-relationship-id.json"), 13, 12, "duplicate relationship id 'r1'",
                "first used on line 12");
    }

    @Test
    void fieldGivenTwiceInOneObjectIsAnError() {
        assertError(onlyError("duplicate-field.json"), 10, 50, "field 'name' appears twice",
                "first at line 10, column 36");
    }

    @Test
    void danglingToSuggestsTheClosestEntityId() {
        assertError(onlyError("dangling-to.json"), 12, 48, "unknown entity 'fta'", "did you mean 'fat'?");
    }

    @Test
    void danglingFromWithNothingCloseHasNoSuggestion() {
        Problem problem = onlyError("dangling-from-without-suggestion.json");
        assertError(problem, 12, 36, "unknown entity 'teamsters'");
        assertFalse(problem.message().contains("did you mean"), problem::toString);
    }

    @Test
    void unknownSourceIdSuggestsTheClosestSource() {
        assertError(onlyError("unknown-source.json"), 10, 62, "unknown source 'artcle'", "did you mean 'article'?");
    }

    @Test
    void dateInAnotherFormIsMalformed() {
        assertError(onlyError("malformed-date.json"), 10, 59, "'start' 'May 1992' is not a date",
                "YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void dateThatIsNotOnTheCalendarIsAnError() {
        assertError(onlyError("impossible-date.json"), 10, 59, "'2019-02-30' is not a real date");
    }

    @Test
    void endBeforeStartPointsAtTheEnd() {
        assertError(onlyError("end-before-start.json"), 10, 77, "'end' 1994-02-28 is before 'start' 1994-03");
    }

    @Test
    void relationshipFromAnEntityToItselfIsAnError() {
        assertError(onlyError("self-loop.json"), 12, 48, "relationship goes from 'ue' to itself");
    }

    @Test
    void relationshipTypeNotInSnakeCaseSuggestsTheSnakeCaseSpelling() {
        assertError(onlyError("relationship-type-not-snake-case.json"), 12, 14,
                "'type' 'Member Of' must be snake_case", "'member_of'");
    }

    @Test
    void countryInLowerCaseIsAnError() {
        assertError(onlyError("country-not-two-upper-case-letters.json"), 10, 70, "country 'mx'",
                "two upper-case letters");
    }

    @Test
    void languageThatIsNotALanguageTagIsAnError() {
        assertError(onlyError("bad-language.json"), 4, 15, "'English language' is not a BCP 47 language tag");
    }

    @Test
    void everyProblemOfAFileIsReportedInOneRunInFileOrder() {
        ReadResult result = read("many-problems.json");
        List<Problem> problems = result.problems();
        assertEquals(5, problems.size(), problems::toString);
        assertError(problems.get(0), 10, 26, "unknown entity type 'persn'", "did you mean 'person'?");
        assertError(problems.get(1), 10, 58, "'1994-13' is not a real date");
        assertError(problems.get(2), 11, 5, "missing required field 'name' in entity");
        assertError(problems.get(3), 14, 61, "unknown source 'book'");
        assertError(problems.get(4), 15, 43, "relationship goes from 'pb' to itself");
    }

    @Test
    void deeplyNestedInputIsRefusedAtTheFirstTooDeepBracket() {
        // The prefix before the first '[' is 62 characters; the root object is level 1, so the 64th '[' is level 65.
        assertError(onlyError("deep-nesting.json"), 1, 62 + 64, "nested more than 64 levels");
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedBeforeReading() {
        ReadResult result = new DatasetReader(100).read(Fixtures.path("valid-dataset.json"));
        assertError(onlyProblem(result), 1, 1, "more than the 100 bytes a dataset may be");
        assertTrue(result.dataset().isEmpty());
    }

    @Test
    void streamAboveTheSizeLimitIsRefusedWhereTheLimitIsReached() throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path("valid-dataset.json"))) {
            ReadResult result = new DatasetReader(100).read(in, "big.json");
            // The first 100 bytes end on line 4 after 33 characters.
            assertError(onlyProblem(result), 4, 34, "larger than 100 bytes");
        }
    }

    @Test
    void missingFileIsAProblemNotAnException(@TempDir Path directory) {
        ReadResult result = new DatasetReader().read(directory.resolve("absent.json"));
        assertError(onlyProblem(result), 1, 1, "no such file");
    }

    @Test
    void directoryIsAProblemNotAnException(@TempDir Path directory) {
        ReadResult result = new DatasetReader().read(directory);
        assertError(onlyProblem(result), 1, 1, "directory");
    }

    @Test
    void failingStreamBecomesAProblemAtTheStart() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device not ready");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("device not ready");
            }
        };
        ReadResult result = new DatasetReader().read(failing, "usb.json");
        assertEquals("usb.json:1:1: error: cannot read the file: device not ready",
                onlyProblem(result).toString());
    }
}

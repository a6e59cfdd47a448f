package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.Fixtures.assertError;
import static org.solidarityatlas.format.Fixtures.assertWarning;
import static org.solidarityatlas.format.Fixtures.onlyError;
import static org.solidarityatlas.format.Fixtures.onlyProblem;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to break the reader: each must end in located problems, never in a crash or a forged line. */
class HostileFileTest {

    @TempDir
    Path folder;

    @Test
    void tenMillionNumbersInTagsAreRefusedWhereTheListStarts() throws IOException {
        Path file = folder.resolve("ten-million-tags.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"solidarity-atlas/1\", \"title\": \"Tags\", \"relationships\": [],\n");
            out.write("\"entities\": [{\"id\": \"ue\", \"type\": \"union\", \"name\": \"UE\", \"tags\": [0");
            for (int i = 1; i < 10_000_000; i++) {
                out.write(",1");
            }
            out.write("]}]}\n");
        }
        assertTrue(Files.size(file) > 20_000_000);

        ReadResult result = new DatasetReader().read(file);

        assertTrue(result.dataset().isEmpty());
        Problem problem = onlyProblem(result);
        assertError(problem, 2, 66, "'tags' holds more than 10,000 entries");
    }

    @Test
    void manyListsTogetherAreBoundedForTheWholeFile() throws IOException {
        Path file = folder.resolve("many-lists.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"solidarity-atlas/1\", \"title\": \"Lists\", \"relationships\": [],\n");
            out.write("\"entities\": [\n");
            for (int e = 0; e < 300; e++) {
                out.write((e == 0 ? "" : ",\n") + "{\"id\": \"e" + e + "\", \"type\": \"union\", \"name\": \"E\","
                        + " \"tags\": [\"t\"" + ",\"t\"".repeat(9_999) + "]}");
            }
            out.write("]}\n");
        }

        ReadResult result = new DatasetReader().read(file);

        assertTrue(result.dataset().isEmpty());
        Problem problem = onlyProblem(result);
        // 200 entities of 10,000 tags fill the two million; the first entry beyond stands on the 201st entity.
        assertError(problem, 203, 55, "the file's lists hold more than 2,000,000 entries in all");
    }

    @Test
    void identicalProblemsAreListedTwoHundredTimesThenCounted() throws IOException {
        Path file = folder.resolve("twenty-thousand-bad-types.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"solidarity-atlas/1\", \"title\": \"Types\", \"relationships\": [],\n");
            out.write("\"entities\": [\n");
            for (int e = 0; e < 20_000; e++) {
                out.write((e == 0 ? "" : ",\n") + "{\"id\": \"e" + e + "\", \"type\": \"guild\", \"name\": \"E\"}");
            }
            out.write("]}\n");
        }

        List<Problem> problems = new DatasetReader().read(file).problems();

        assertEquals(201, problems.size());
        assertTrue(problems.subList(0, 200).stream().allMatch(p -> p.message().startsWith("unknown entity type")));
        Problem summary = problems.get(200);
        assertError(summary, 203, 24, "… and 19,800 more like this from here on: unknown entity type 'guild'");
    }

    @Test
    void loneSurrogateIsRefusedWhereItsTextStarts() {
        Problem problem = onlyError("lone-surrogate.json");

        assertError(problem, 5, 43, "\\ud800", "lone surrogate");
    }

    @Test
    void terminalEscapeCodesInAnEntityTypeAreEscapedInTheMessage() {
        Problem problem = onlyError("escape-codes-in-type.json");

        assertError(problem, 5, 26, "unknown entity type '\\u001b[2J\\u001b[Hunion'");
        assertFalse(problem.toString().chars().anyMatch(Character::isISOControl), problem.toString());
    }

    @Test
    void newlineInAFieldNameCannotForgeASecondProblemLine() {
        Problem problem = onlyProblem(Fixtures.read("newline-in-field-name.json"));

        assertWarning(problem, 5, 49, "unknown field 'x\\nforged.json:1:1: error: forged'");
        assertEquals(1, problem.toString().lines().count(), problem.toString());
    }

    @Test
    void trailingCommasAreAcceptedWithAWarningEach() {
        ReadResult result = Fixtures.read("trailing-commas.json");

        assertTrue(result.dataset().isPresent());
        assertEquals(List.of("ue"), result.dataset().get().entities().stream().map(e -> e.id()).toList());
        assertEquals(3, result.problems().size(), result.problems().toString());
        assertWarning(result.problems().get(0), 5, 67, "comma before ']' is not standard JSON");
        assertWarning(result.problems().get(1), 5, 69, "comma before '}' is not standard JSON");
        assertWarning(result.problems().get(2), 6, 3, "comma before ']' is not standard JSON");
    }
}

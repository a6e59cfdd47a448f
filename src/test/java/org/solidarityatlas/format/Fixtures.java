package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.solidarityatlas.format.Problem.Severity;

/** The test files in src/test/resources/format and assertions on the problems found in them. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/format/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReadResult read(String name) {
        return new DatasetReader().read(path(name));
    }

    /** Asserts the file has exactly one problem and returns it. */
    static Problem onlyProblem(ReadResult result) {
        assertEquals(1, result.problems().size(), () -> "expected one problem, got " + result.problems());
        return result.problems().get(0);
    }

    static void assertError(Problem problem, int line, int column, String... fragments) {
        assertProblem(problem, Severity.ERROR, line, column, fragments);
    }

    static void assertWarning(Problem problem, int line, int column, String... fragments) {
        assertProblem(problem, Severity.WARNING, line, column, fragments);
    }

    private static void assertProblem(Problem problem, Severity severity, int line, int column, String... fragments) {
        assertEquals(severity, problem.severity(), problem::toString);
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::toString);
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment),
                    () -> "'" + problem.message() + "' does not contain '" + fragment + "'");
        }
    }

    /** Reads a file expected to have exactly one error, checks the dataset is withheld, returns the error. */
    static Problem onlyError(String name) {
        ReadResult result = read(name);
        assertFalse(result.isValid(), name + " should be invalid");
        assertTrue(result.dataset().isEmpty(), "an invalid file gives no dataset");
        return onlyProblem(result);
    }
}

package org.solidarityatlas.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.Problem.Severity;

/** Collects the problems of one file; they come out in file order, whatever order the checks ran in. */
final class ProblemList {

    private static final int MAX_PROBLEMS_WITH_HINTS = 200;

    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();

    ProblemList(String fileName) {
        this.fileName = fileName;
    }

    void error(Position at, String message) {
        add(at, Severity.ERROR, message);
    }

    void warning(Position at, String message) {
        add(at, Severity.WARNING, message);
    }

    void error(int line, int column, String message) {
        problems.add(new Problem(fileName, line, column, Severity.ERROR, message));
    }

    private void add(Position at, Severity severity, String message) {
        problems.add(new Problem(fileName, at.line(), at.column(), severity, message));
    }

    /**
     * A "did you mean" hint, for the first few hundred problems only: each hint compares against every known id,
     * and a file with thousands of broken references would otherwise take minutes to check.
     */
    String hint(String wrong, Collection<String> candidates) {
        return problems.size() < MAX_PROBLEMS_WITH_HINTS ? NearestName.hint(wrong, candidates) : "";
    }

    void addAll(ProblemList other) {
        problems.addAll(other.problems);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Sorted by line, then column; problems at the same place keep the order they were found in. */
    List<Problem> inFileOrder() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }
}

package org.solidarityatlas.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.Problem.Severity;

/**
 * Collects the problems of one file; they come out in file order, whatever order the checks ran in. A hostile or
 * broken file can hold millions of problems, so what is kept is bounded: the same message is listed
 * {@value #MAX_IDENTICAL} times, then one line says how many more there were ("… and 19,800 more like this"), and
 * at most {@value #MAX_KEPT} problems are kept in all.
 */
final class ProblemList {

    static final int MAX_IDENTICAL = 200;
    static final int MAX_KEPT = 10_000;
    private static final int MAX_PROBLEMS_WITH_HINTS = 200;

    /** How often one message came, and where the first one that was not listed stands. */
    private static final class Tally {
        int count;
        Problem firstLeftOut;
    }

    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Tally> tallies = new HashMap<>();
    private Problem firstLeftOutOfAll;
    private long leftOutOfAll;
    private boolean hasErrors;

    ProblemList(String fileName) {
        this.fileName = fileName;
    }

    void error(Position at, ProblemText message) {
        add(new Problem(fileName, at.line(), at.column(), Severity.ERROR, message));
    }

    void warning(Position at, ProblemText message) {
        add(new Problem(fileName, at.line(), at.column(), Severity.WARNING, message));
    }

    void error(int line, int column, ProblemText message) {
        add(new Problem(fileName, line, column, Severity.ERROR, message));
    }

    private void add(Problem problem) {
        hasErrors |= problem.isError();
        String key = problem.severity() + problem.message();
        Tally tally = tallies.get(key);
        if (tally == null) {
            if (tallies.size() >= MAX_KEPT) {
                leaveOut(problem);
                return;
            }
            tally = new Tally();
            tallies.put(key, tally);
        }
        tally.count++;
        if (tally.count <= MAX_IDENTICAL && problems.size() < MAX_KEPT) {
            problems.add(problem);
        } else if (tally.count > MAX_IDENTICAL) {
            if (tally.firstLeftOut == null) {
                tally.firstLeftOut = problem;
            }
        } else {
            leaveOut(problem);
        }
    }

    private void leaveOut(Problem problem) {
        if (firstLeftOutOfAll == null) {
            firstLeftOutOfAll = problem;
        }
        leftOutOfAll++;
    }

    /**
     * A "did you mean" hint, for the first few hundred problems only: each hint compares against every known id,
     * and a file with thousands of broken references would otherwise take minutes to check.
     */
    ProblemText hint(String wrong, Collection<String> candidates) {
        return problems.size() < MAX_PROBLEMS_WITH_HINTS ? NearestName.hint(wrong, candidates) : ProblemText.NOTHING;
    }

    void addAll(ProblemList other) {
        other.problems.forEach(this::add);
        for (Map.Entry<String, Tally> entry : other.tallies.entrySet()) {
            Problem firstLeftOut = entry.getValue().firstLeftOut;
            if (firstLeftOut != null) {
                add(firstLeftOut);
                Tally ours = tallies.get(entry.getKey());
                long more = entry.getValue().count - MAX_IDENTICAL - 1L;
                if (ours != null) {
                    ours.count += (int) more;
                } else {
                    leftOutOfAll += more;
                }
            }
        }
        if (other.firstLeftOutOfAll != null) {
            leaveOut(other.firstLeftOutOfAll);
            leftOutOfAll += other.leftOutOfAll - 1;
        }
        hasErrors |= other.hasErrors;
    }

    boolean hasErrors() {
        return hasErrors;
    }

    /**
     * Sorted by line, then column; problems at the same place keep the order they were found in. A message listed
     * {@value #MAX_IDENTICAL} times is followed, where its next occurrence stands, by how many more there were.
     */
    List<Problem> inFileOrder() {
        List<Problem> sorted = new ArrayList<>(problems);
        for (Tally tally : tallies.values()) {
            if (tally.firstLeftOut != null) {
                sorted.add(summary(tally.firstLeftOut, ProblemText.of("summary.moreLikeThis",
                        new ProblemText.Count(tally.count - MAX_IDENTICAL), tally.firstLeftOut.text())));
            }
        }
        if (firstLeftOutOfAll != null) {
            sorted.add(summary(firstLeftOutOfAll, ProblemText.of("summary.moreNotListed",
                    new ProblemText.Count(leftOutOfAll))));
        }
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }

    private static Problem summary(Problem first, ProblemText what) {
        return new Problem(first.file(), first.line(), first.column(), first.severity(), what);
    }
}

package org.solidarityatlas.format;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.format.ObjectFields.LocatedDate;
import org.solidarityatlas.model.PartialDate;

/** Checks shared by the parts of the format: id syntax, uniqueness, snake_case and date order. */
final class DatasetChecks {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{Nd}_.:-]{1,100}");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private final ProblemList problems;

    DatasetChecks(ProblemList problems) {
        this.problems = problems;
    }

    /** True when the id has the allowed form and was not used before by the same kind of item. */
    boolean newId(StringValue id, String kind, Map<String, Position> seen) {
        if (!ID.matcher(id.text()).matches()) {
            problems.error(id.position(), idProblem(id.text(), kind));
            return false;
        }
        Position first = seen.putIfAbsent(id.text(), id.position());
        if (first != null) {
            problems.error(id.position(), ProblemText.of("id.duplicate", ProblemText.of("kind." + kind), id.text(),
                    ProblemText.of("place.firstUsedOnLine", first.line())));
            return false;
        }
        return true;
    }

    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** {@code kind} is "entity", "relationship", "source", "story" or "step". */
    static ProblemText idProblem(String text, String kind) {
        return ProblemText.of("id.form", ProblemText.of("kind." + kind), DateText.shown(text));
    }

    /** True when the relationship type is snake_case; otherwise reports it with the snake_case spelling. */
    boolean snakeCase(StringValue type, String field) {
        Optional<ProblemText> problem = snakeCaseProblem(type.text(), field);
        problem.ifPresent(message -> problems.error(type.position(), message));
        return problem.isEmpty();
    }

    /** Why the text is not a snake_case type, with the snake_case spelling; empty when it is one. */
    static Optional<ProblemText> snakeCaseProblem(String text, String field) {
        if (SNAKE_CASE.matcher(text).matches()) {
            return Optional.empty();
        }
        String suggestion = text.trim().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String example = SNAKE_CASE.matcher(suggestion).matches() ? suggestion : "member_of";
        return Optional.of(ProblemText.of("type.snakeCase", field, DateText.shown(text), example));
    }

    /** Reports an end that lies wholly before its start. */
    void inOrder(Optional<LocatedDate> start, Optional<LocatedDate> end, String startField, String endField) {
        if (start.isEmpty() || end.isEmpty()) {
            return;
        }
        orderProblem(start.get().date(), end.get().date(), startField, endField)
                .ifPresent(message -> problems.error(end.get().position(), message));
    }

    /** Why the end cannot go with the start (it lies wholly before it); empty when they are in order. */
    static Optional<ProblemText> orderProblem(PartialDate start, PartialDate end, String startField,
            String endField) {
        if (end.lastDay().isBefore(start.firstDay())) {
            return Optional.of(ProblemText.of("date.endBeforeStart", endField, end.toString(), startField,
                    start.toString()));
        }
        return Optional.empty();
    }
}

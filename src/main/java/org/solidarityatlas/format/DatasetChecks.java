package org.solidarityatlas.format;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;
import org.solidarityatlas.format.ObjectFields.LocatedDate;

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
            problems.error(id.position(), kind + " id " + DateText.quoted(id.text())
                    + " must be 1-100 characters, each a letter, a digit, '-', '_', '.' or ':'");
            return false;
        }
        Position first = seen.putIfAbsent(id.text(), id.position());
        if (first != null) {
            problems.error(id.position(), "duplicate " + kind + " id '" + id.text() + "' (first used on line "
                    + first.line() + ")");
            return false;
        }
        return true;
    }

    /** True when the relationship type is snake_case; otherwise reports it with the snake_case spelling. */
    boolean snakeCase(StringValue type, String field) {
        if (SNAKE_CASE.matcher(type.text()).matches()) {
            return true;
        }
        String suggestion = type.text().trim().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String example = SNAKE_CASE.matcher(suggestion).matches() ? "'" + suggestion + "'" : "'member_of'";
        problems.error(type.position(), "'" + field + "' " + DateText.quoted(type.text())
                + " must be snake_case (lower-case words joined by '_'), e.g. " + example);
        return false;
    }

    /** Reports an end that lies wholly before its start. */
    void inOrder(Optional<LocatedDate> start, Optional<LocatedDate> end, String startField, String endField) {
        if (start.isEmpty() || end.isEmpty()) {
            return;
        }
        if (end.get().date().lastDay().isBefore(start.get().date().firstDay())) {
            problems.error(end.get().position(), "'" + endField + "' " + end.get().date() + " is before '"
                    + startField + "' " + start.get().date());
        }
    }
}

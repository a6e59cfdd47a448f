package org.solidarityatlas.format;

import java.util.Optional;
import org.solidarityatlas.model.PartialDate;

/**
 * The validator's own rules for single fields, for checking a value as it is typed (the window's editor): the
 * same code and the same messages as reading a file, so there is one set of rules. Messages are
 * {@link ProblemText}s: the window says them in its language.
 */
public final class FieldRules {

    private FieldRules() {
    }

    /** A date field's value: empty text is no date; anything else must be YYYY, YYYY-MM or YYYY-MM-DD. */
    public record DateCheck(Optional<PartialDate> date, Optional<ProblemText> problem) {

        public boolean isValid() {
            return problem.isEmpty();
        }
    }

    /** Checks the text of the date field {@code field} ("start", "end"). */
    public static DateCheck date(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new DateCheck(Optional.empty(), Optional.empty());
        }
        Optional<PartialDate> date = PartialDate.parse(trimmed);
        return date.isPresent() ? new DateCheck(date, Optional.empty())
                : new DateCheck(Optional.empty(), Optional.of(DateText.problem(trimmed, field)));
    }

    /** The problem with an end wholly before its start, as the validator words it; empty when they fit. */
    public static Optional<ProblemText> order(PartialDate start, PartialDate end) {
        return order(start, end, "start", "end");
    }

    /** The same, naming the fields as the editor labels them ("inicio" and "fin" in a Spanish window). */
    public static Optional<ProblemText> order(PartialDate start, PartialDate end, String startField,
            String endField) {
        if (start == null || end == null) {
            return Optional.empty();
        }
        return DatasetChecks.orderProblem(start, end, startField, endField);
    }

    /** The problem with an id of the kind ("entity", "source"); empty when it has the allowed form. */
    public static Optional<ProblemText> id(String text, String kind) {
        return DatasetChecks.isId(text) ? Optional.empty() : Optional.of(DatasetChecks.idProblem(text, kind));
    }

    /** The problem with a country that is not a two-letter ISO code; empty when it is one. */
    public static Optional<ProblemText> country(String text) {
        return DatasetInterpreter.countryProblem(text);
    }

    /**
     * An id made from a name as the spreadsheet import makes one (accents dropped, lower case, words joined by
     * '-'), with -2, -3 when the base is among {@code taken}.
     */
    public static String madeId(String name, java.util.Collection<String> taken) {
        EntityNames names = new EntityNames(new ProblemList(""));
        taken.forEach(names::reserve);
        return names.madeId(name);
    }

    /** The problem with a relationship type that is not snake_case; empty when it is. */
    public static Optional<ProblemText> relationshipType(String text) {
        return DatasetChecks.snakeCaseProblem(text, "type");
    }
}

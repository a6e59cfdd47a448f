package org.solidarityatlas.format;

import java.util.Optional;
import java.util.regex.Pattern;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.model.PartialDate;

/** Parses the partial ISO dates of the format, explaining what is wrong with the ones that are not. */
final class DateText {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private DateText() {
    }

    static Optional<PartialDate> parse(String text, String field, Position at, ProblemList problems) {
        Optional<PartialDate> date = PartialDate.parse(text);
        if (date.isEmpty()) {
            problems.error(at, problem(text, field));
        }
        return date;
    }

    /** Why the text is not a date of the format; only called for text that {@link PartialDate#parse} refuses. */
    static ProblemText problem(String text, String field) {
        if (SHAPE.matcher(text).matches()) {
            return ProblemText.of("date.notReal", field, shown(text));
        }
        return ProblemText.of("date.notDate", field, shown(text));
    }

    /** The text shortened when it is long, so that a message quoting it stays one readable line. */
    static String shown(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return shown.replace("\n", "\\n");
    }
}

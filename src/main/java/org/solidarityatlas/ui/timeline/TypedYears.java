package org.solidarityatlas.ui.timeline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.solidarityatlas.model.PartialDate;

/**
 * Years as people type them into the timeline: "1992–1998", "1992-1998", "1992 to 1998", "1994", "2019-05".
 * The window is in whole years, so a month or a day stands for its year.
 */
record TypedYears(int from, int to) {

    private static final String DATE = "(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)";
    private static final Pattern ONE = Pattern.compile(DATE);
    private static final Pattern TWO = Pattern.compile(DATE + "\\s*(?:–|—|-|to|\\.\\.)\\s*" + DATE);

    /** The years typed, in order; empty when the text is not one or two dates. */
    static Optional<TypedYears> parse(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher one = ONE.matcher(typed);
        if (one.matches()) {
            return PartialDate.parse(one.group(1)).map(d -> new TypedYears(d.year(), d.year()));
        }
        Matcher two = TWO.matcher(typed);
        if (!two.matches()) {
            return Optional.empty();
        }
        Optional<PartialDate> from = PartialDate.parse(two.group(1));
        Optional<PartialDate> to = PartialDate.parse(two.group(2));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        int a = from.get().year();
        int b = to.get().year();
        return Optional.of(new TypedYears(Math.min(a, b), Math.max(a, b)));
    }
}

package org.solidarityatlas.format;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * What a problem says, in no language yet: a key of the bundles {@code problems.properties} (English, what the
 * command line prints) and {@code problems_es.properties}, and the values filling its {@code {0}}, {@code {1}} ….
 * A value is the file's own text (shown as written), a number, or another {@code ProblemText} (a part of the
 * sentence, said in the same language), or a list of those (joined by commas). A pattern's apostrophes are
 * plain text: this is not MessageFormat, so the English messages quote with '…' as they always did and the
 * Spanish ones with «…».
 */
public final class ProblemText {

    static final String BUNDLE = "org.solidarityatlas.format.problems";
    /** Says nothing (an absent "did you mean" hint). */
    static final ProblemText NOTHING = new ProblemText("nothing", List.of());

    private final String key;
    private final List<Object> args;
    private String english;

    private ProblemText(String key, List<Object> args) {
        this.key = key;
        this.args = args;
    }

    static ProblemText of(String key, Object... args) {
        return new ProblemText(key, Arrays.stream(args).map(arg -> arg == null ? "" : arg).toList());
    }

    /** The count written with thousands separators ("19,800" in English, "19 800" in Spanish). */
    record Count(long value) {
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The words in English, as the command line and the logs print them. */
    public String english() {
        if (english == null) {
            english = PrintableText.of(render(EnglishBundle.BUNDLE, Locale.ENGLISH));
        }
        return english;
    }

    /** Every problem is said in English at least once (the command line, counting repeats): looked up once. */
    private static final class EnglishBundle {
        static final ResourceBundle BUNDLE = bundle(Locale.ENGLISH);
    }

    /** The words in {@code locale}'s language (Spanish for any "es" locale, English otherwise). */
    public String in(Locale locale) {
        return PrintableText.of(render(bundle(locale), locale));
    }

    private String render(ResourceBundle bundle, Locale locale) {
        String pattern = bundle.getString(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                out.append(value(args.get(Integer.parseInt(pattern.substring(i + 1, close))), bundle, locale));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String value(Object arg, ResourceBundle bundle, Locale locale) {
        if (arg instanceof ProblemText part) {
            return part.render(bundle, locale);
        }
        if (arg instanceof List<?> items) {
            StringBuilder joined = new StringBuilder();
            for (Object item : items) {
                joined.append(joined.isEmpty() ? "" : ", ").append(value(item, bundle, locale));
            }
            return joined.toString();
        }
        if (arg instanceof Count count) {
            return NumberFormat.getIntegerInstance(locale).format(count.value());
        }
        return String.valueOf(arg);
    }

    /** The same words with every part (this one included) passed through {@code change}, innermost first. */
    ProblemText rewritten(UnaryOperator<ProblemText> change) {
        Object[] changed = args.stream()
                .map(arg -> arg instanceof ProblemText part ? part.rewritten(change) : arg).toArray();
        // Lists hold quoted ids only: nothing in them is rewritten.
        return change.apply(new ProblemText(key, List.of(changed)));
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language = locale != null && locale.getLanguage().equals("es") ? Locale.forLanguageTag("es")
                : Locale.ROOT;
        try {
            // No fallback to the default locale: English must stay English on a Spanish system.
            return ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the problem texts are missing from the build", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemText text && text.key.equals(key) && text.args.equals(args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + args.hashCode();
    }

    /** The English words. */
    @Override
    public String toString() {
        return english();
    }
}

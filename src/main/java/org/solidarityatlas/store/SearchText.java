package org.solidarityatlas.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.SearchHit;

/**
 * Turns what a user types into a Lucene query for the full-text index, so that nothing they type is read as
 * query syntax. Each word matches as a whole word (ranked higher) or as the start of a word, so results appear
 * while typing. Any word may match: entities matching more of the words score higher.
 */
final class SearchText {

    /** Characters that mean something to Lucene's query parser. */
    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    /** Anything but letters, digits, marks, underscores, apostrophes and dots, as the index's tokenizer splits. */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}_'\u2019.]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /**
     * Letters the index's ASCII folding writes as something other than the letter without its mark. Prefix terms
     * are not analysed by Lucene, so they are folded here the same way.
     */
    private static final Map<String, String> FOLDED_LETTERS = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ł", "l", "þ", "th", "ð", "d", "ı", "i");

    private static final int WHOLE_WORD_BOOST = 4;
    private static final int NAME_BOOST = 3;
    private static final int ALIAS_BOOST = 2;

    private SearchText() {
    }

    /** The Lucene query for the text; empty when the text holds no word. */
    static String luceneQuery(String text) {
        List<String> clauses = new ArrayList<>();
        for (String word : words(text)) {
            String whole = escape(word);
            String prefix = escape(fold(word)) + "*";
            clauses.add("(" + whole + "^" + WHOLE_WORD_BOOST
                    + " OR name:" + prefix + "^" + NAME_BOOST
                    + " OR aliases:" + prefix + "^" + ALIAS_BOOST
                    + " OR " + PropertyMaps.TRANSLATED_NAMES + ":" + prefix + "^" + ALIAS_BOOST
                    + " OR description:" + prefix + ")");
        }
        return String.join(" OR ", clauses);
    }

    /**
     * The words of the text, lower-cased so that AND, OR and NOT stay words. Punctuation separates words except
     * apostrophes and dots inside a word, which the index keeps ("O'Brien", "U.S").
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            String trimmed = trimDotsAndApostrophes(word);
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return words;
    }

    private static String trimDotsAndApostrophes(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isDotOrApostrophe(word.charAt(start))) {
            start++;
        }
        while (end > start && isDotOrApostrophe(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean isDotOrApostrophe(char c) {
        return c == '.' || c == '\'' || c == '\u2019';
    }

    /** Removes accents the way the index's analyzer does, for terms Lucene does not analyse. */
    static String fold(String word) {
        String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(codePoint -> {
            String letter = Character.toString(codePoint);
            folded.append(FOLDED_LETTERS.getOrDefault(letter, letter));
        });
        return folded.toString();
    }

    /** How closely a name matches what was typed: the whole name, its start, or only somewhere. */
    private static int closeness(String typed, String name) {
        String n = String.join(" ", words(fold(name)));
        if (n.equals(typed)) {
            return 2;
        }
        return n.startsWith(typed + " ") || (n.startsWith(typed) && !typed.isEmpty()) ? 1 : 0;
    }

    /**
     * Puts an entity whose name or alias is exactly what was typed first, then those whose name or alias starts
     * with it, then the rest by score (the full-text score alone ranks a long name that mentions the words above
     * the short name that is them). Accents, case and punctuation are ignored as in the index.
     */
    static List<SearchHit> ranked(String text, List<SearchHit> hits) {
        String typed = String.join(" ", words(fold(text == null ? "" : text)));
        List<SearchHit> ordered = new ArrayList<>(hits);
        ordered.sort(java.util.Comparator.comparingInt((SearchHit hit) -> -best(typed, hit.entity()))
                .thenComparing(java.util.Comparator.comparingDouble(SearchHit::score).reversed()));
        return ordered;
    }

    private static int best(String typed, Entity entity) {
        int best = closeness(typed, entity.name());
        for (String alias : entity.aliases()) {
            best = Math.max(best, closeness(typed, alias));
        }
        return best;
    }

    static String escape(String word) {
        StringBuilder escaped = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

package org.solidarityatlas.format;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean ...?" hints. */
final class NearestName {

    /** Longer texts are not names anyone misspelt; comparing them would only cost time. */
    private static final int MAX_LENGTH = 200;

    private NearestName() {
    }

    /** The closest candidate within a few edits (more for longer names), or empty when none is plausibly meant. */
    static Optional<String> among(String wrong, Collection<String> candidates) {
        int allowed = Math.max(2, wrong.length() / 3);
        if (wrong.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wrong.length()) > allowed || candidate.length() > MAX_LENGTH) {
                continue;
            }
            int distance = distance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed && !wrong.equals(best) ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or nothing. */
    static ProblemText hint(String wrong, Collection<String> candidates) {
        return among(wrong, candidates).map(name -> ProblemText.of("hint.didYouMean", name))
                .orElse(ProblemText.NOTHING);
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit each
     * (optimal string alignment), so that "strat" is one edit from "start".
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package org.solidarityatlas.format;

import java.math.BigDecimal;

/** How cell contents become the text the checks read: trimmed, and numbers written without trailing zeros. */
final class SheetText {

    private SheetText() {
    }

    /** The text without surrounding white space, no-break spaces included (spreadsheets paste them often). */
    static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** 1992 for 1992.0; 1992.5 stays 1992.5. */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }
}

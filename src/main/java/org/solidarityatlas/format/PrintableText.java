package org.solidarityatlas.format;

/**
 * Text from a file made safe to print on one line of a terminal: control characters (terminal escape codes,
 * line breaks), invisible direction overrides and lone surrogates are written as Java escapes ({@code \u001b},
 * {@code \n}). Without this, an entity type holding escape codes could clear the terminal, and a line break in a
 * field name could forge a second {@code FILE:LINE:COLUMN: error:} line.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static String of(String text) {
        StringBuilder printable = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair || !needsEscape(c)) {
                if (printable != null) {
                    printable.append(c);
                    if (pair) {
                        printable.append(text.charAt(i + 1));
                    }
                }
                if (pair) {
                    i++;
                }
                continue;
            }
            if (printable == null) {
                printable = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            printable.append(switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.format("\\u%04x", (int) c);
            });
        }
        return printable == null ? text : printable.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c)
                || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}

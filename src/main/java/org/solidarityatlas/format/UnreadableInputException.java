package org.solidarityatlas.format;

import java.io.IOException;

/** The bytes of a file cannot be read as a dataset (not UTF-8, or too large), at a known place. */
final class UnreadableInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    UnreadableInputException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}

package org.solidarityatlas.format;

import java.io.IOException;

/** The bytes of a file cannot be read as a dataset (not UTF-8, or too large), at a known place. */
final class UnreadableInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final transient ProblemText text;

    UnreadableInputException(int line, int column, ProblemText text) {
        super(text.english());
        this.line = line;
        this.column = column;
        this.text = text;
    }

    /** What is wrong, to be said in the reader's language. */
    ProblemText text() {
        return text;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}

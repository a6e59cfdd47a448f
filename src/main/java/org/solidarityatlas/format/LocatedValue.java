package org.solidarityatlas.format;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it starts in the file, so that every problem found while reading
 * a dataset can point at the value that causes it.
 */
sealed interface LocatedValue {

    /** 1-based line and column of a value's first character. */
    record Position(int line, int column) {
    }

    Position position();

    /** How the value's kind is called in messages: "a string", "an array", ... */
    ProblemText kindInWords();

    /** An object member: its name, where the name stands, and its value. */
    record Member(String name, Position namePosition, LocatedValue value) {
    }

    /** Members in file order, by name; a name appears once (duplicates are reported while parsing). */
    record ObjectValue(Position position, Map<String, Member> members) implements LocatedValue {
        public ProblemText kindInWords() {
            return ProblemText.of("value.object");
        }
    }

    record ArrayValue(Position position, List<LocatedValue> items) implements LocatedValue {
        public ProblemText kindInWords() {
            return ProblemText.of("value.array");
        }
    }

    record StringValue(Position position, String text) implements LocatedValue {
        public ProblemText kindInWords() {
            return ProblemText.of("value.string");
        }
    }

    /** A number as written; {@code integral} when it has neither fraction nor exponent. */
    record NumberValue(Position position, String text, boolean integral) implements LocatedValue {
        public ProblemText kindInWords() {
            return ProblemText.of("value.number");
        }
    }

    record BooleanValue(Position position, boolean value) implements LocatedValue {
        public ProblemText kindInWords() {
            return ProblemText.of("value.boolean");
        }
    }

    record NullValue(Position position) implements LocatedValue {
        public ProblemText kindInWords() {
            return ProblemText.of("value.null");
        }
    }
}

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
    String kindInWords();

    /** An object member: its name, where the name stands, and its value. */
    record Member(String name, Position namePosition, LocatedValue value) {
    }

    /** Members in file order, by name; a name appears once (duplicates are reported while parsing). */
    record ObjectValue(Position position, Map<String, Member> members) implements LocatedValue {
        public String kindInWords() {
            return "an object";
        }
    }

    record ArrayValue(Position position, List<LocatedValue> items) implements LocatedValue {
        public String kindInWords() {
            return "an array";
        }
    }

    record StringValue(Position position, String text) implements LocatedValue {
        public String kindInWords() {
            return "a string";
        }
    }

    /** A number as written; {@code integral} when it has neither fraction nor exponent. */
    record NumberValue(Position position, String text, boolean integral) implements LocatedValue {
        public String kindInWords() {
            return "a number";
        }
    }

    record BooleanValue(Position position, boolean value) implements LocatedValue {
        public String kindInWords() {
            return "a boolean";
        }
    }

    record NullValue(Position position) implements LocatedValue {
        public String kindInWords() {
            return "null";
        }
    }
}

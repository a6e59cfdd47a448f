package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.solidarityatlas.format.LocatedValue.ArrayValue;
import org.solidarityatlas.format.LocatedValue.BooleanValue;
import org.solidarityatlas.format.LocatedValue.Member;
import org.solidarityatlas.format.LocatedValue.NullValue;
import org.solidarityatlas.format.LocatedValue.NumberValue;
import org.solidarityatlas.format.LocatedValue.ObjectValue;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.format.LocatedValue.StringValue;

/**
 * Builds a {@link LocatedValue} tree from Jackson's token stream, recording where each value starts.
 * Recursion is safe because nesting is limited to {@link JsonConfiguration#MAX_NESTING_DEPTH} levels, which
 * stops deep input long before the stack runs out.
 */
final class LocatedTreeParser {

    /**
     * Takes the items of chosen arrays of the top-level object one by one as they are parsed; those arrays stay
     * empty in the tree. A big dataset's items then never need to be held as a tree all at once.
     */
    interface ItemSink {
        boolean takes(String topLevelField);

        void item(String topLevelField, LocatedValue item);
    }

    private static final ItemSink KEEP_EVERYTHING = new ItemSink() {
        public boolean takes(String topLevelField) {
            return false;
        }

        public void item(String topLevelField, LocatedValue item) {
            throw new IllegalStateException("no array is streamed");
        }
    };

    private final JsonParser parser;
    private final ProblemList problems;
    private final ItemSink sink;
    /** The reader beneath the parser, asked where commas stand; null when the parser reads something else. */
    private final StrictUtf8Reader text;
    private int depth;
    private long listEntries;
    private long textCharacters;

    private LocatedTreeParser(JsonParser parser, ProblemList problems, ItemSink sink) {
        this.parser = parser;
        this.problems = problems;
        this.sink = sink;
        this.text = parser.getInputSource() instanceof StrictUtf8Reader reader ? reader : null;
    }

    /**
     * Parses the single JSON value the parser holds; duplicate member names are reported to {@code problems}.
     * Returns null for empty input. Syntax errors surface as Jackson's exceptions.
     */
    static LocatedValue parse(JsonParser parser, ProblemList problems) throws IOException {
        return parse(parser, problems, KEEP_EVERYTHING);
    }

    /**
     * As {@link #parse(JsonParser, ProblemList)}, handing the items of the top-level object's arrays that
     * {@code sink} takes to it instead of keeping them (only the first occurrence of a duplicated field).
     */
    static LocatedValue parse(JsonParser parser, ProblemList problems, ItemSink sink) throws IOException {
        LocatedTreeParser treeParser = new LocatedTreeParser(parser, problems, sink);
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        LocatedValue root = treeParser.value(first, null);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            problems.error(position(parser.currentTokenLocation()), ProblemText.of("json.trailing"));
        }
        return root;
    }

    /** A value; {@code name} is the member it is the value of, for messages, or null in a list. */
    private LocatedValue value(JsonToken token, String name) throws IOException {
        Position at = position(parser.currentTokenLocation());
        if (token.isStructStart() && ++depth > JsonConfiguration.MAX_NESTING_DEPTH) {
            throw new UnreadableInputException(at.line(), at.column(), ProblemText.of("json.nested",
                    JsonConfiguration.MAX_NESTING_DEPTH));
        }
        return switch (token) {
            case START_OBJECT -> object(at);
            case START_ARRAY -> array(at, name);
            case VALUE_STRING -> new StringValue(at, checkedText(parser.getText(), at));
            case VALUE_NUMBER_INT -> new NumberValue(at, parser.getText(), true);
            case VALUE_NUMBER_FLOAT -> new NumberValue(at, parser.getText(), false);
            case VALUE_TRUE -> new BooleanValue(at, true);
            case VALUE_FALSE -> new BooleanValue(at, false);
            case VALUE_NULL -> new NullValue(at);
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private ObjectValue object(Position at) throws IOException {
        Map<String, Member> members = new LinkedHashMap<>();
        JsonToken token;
        long afterLastMember = parser.currentLocation().getCharOffset();
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            Position namePosition = position(parser.currentTokenLocation());
            String name = checkedText(parser.currentName(), namePosition);
            JsonToken valueToken = parser.nextToken();
            Member earlier = members.get(name);
            boolean streamed = depth == 1 && earlier == null && valueToken == JsonToken.START_ARRAY
                    && sink.takes(name);
            LocatedValue value = streamed ? streamedArray(name) : value(valueToken, name);
            afterLastMember = parser.currentLocation().getCharOffset();
            if (earlier != null) {
                problems.error(namePosition, ProblemText.of("json.fieldTwice", name, earlier.namePosition().line(),
                        earlier.namePosition().column()));
            } else {
                members.put(name, new Member(name, namePosition, value));
            }
        }
        expectEnd(token, JsonToken.END_OBJECT);
        warnOfTrailingComma(afterLastMember, '}');
        depth--;
        return new ObjectValue(at, members);
    }

    private ArrayValue array(Position at, String name) throws IOException {
        List<LocatedValue> items = new ArrayList<>();
        long afterLastItem = parser.currentLocation().getCharOffset();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (items.size() == JsonConfiguration.MAX_LIST_ENTRIES) {
                ProblemText count = ProblemText.of("json.listTooLong",
                        new ProblemText.Count(JsonConfiguration.MAX_LIST_ENTRIES));
                throw new UnreadableInputException(at.line(), at.column(), name == null
                        ? ProblemText.of("json.thisListTooLong", count)
                        : ProblemText.of("json.namedListTooLong", name, count));
            }
            if (++listEntries > JsonConfiguration.MAX_LIST_ENTRIES_IN_FILE) {
                Position here = position(parser.currentTokenLocation());
                throw new UnreadableInputException(here.line(), here.column(), ProblemText.of("json.entriesInAll",
                        new ProblemText.Count(JsonConfiguration.MAX_LIST_ENTRIES_IN_FILE)));
            }
            items.add(value(token, null));
            afterLastItem = parser.currentLocation().getCharOffset();
        }
        expectEnd(token, JsonToken.END_ARRAY);
        warnOfTrailingComma(afterLastItem, ']');
        depth--;
        return new ArrayValue(at, items);
    }

    /**
     * Jackson accepts a comma before a closing bracket (configured so, see {@link JsonConfiguration}); standard
     * JSON does not, so other tools may refuse the file. Only whitespace or that comma can stand between the end
     * of the last value and the bracket.
     */
    private void warnOfTrailingComma(long afterLastValue, char bracket) {
        long closing = parser.currentTokenLocation().getCharOffset();
        if (text != null && text.holds(afterLastValue, closing, ',')) {
            problems.warning(position(parser.currentTokenLocation()), ProblemText.of("json.trailingComma",
                    String.valueOf(bracket)));
        }
    }

    /**
     * Text the dataset can hold: a lone surrogate (an escaped {@code \ud800} without its other half) is no
     * character at all and would come back from an export as '?'. All text together is bounded too.
     */
    private String checkedText(String value, Position at) throws UnreadableInputException {
        textCharacters += value.length();
        if (textCharacters > JsonConfiguration.MAX_TEXT_CHARACTERS) {
            throw new UnreadableInputException(at.line(), at.column(), ProblemText.of("json.textInAll",
                    new ProblemText.Count(JsonConfiguration.MAX_TEXT_CHARACTERS)));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.error(at, ProblemText.of("json.loneSurrogate", String.format("\\u%04x", (int) c)));
                break;
            }
        }
        return value;
    }

    /** An array whose items go to the sink; the tree keeps it empty. */
    private ArrayValue streamedArray(String field) throws IOException {
        Position at = position(parser.currentTokenLocation());
        depth++;
        long afterLastItem = parser.currentLocation().getCharOffset();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            sink.item(field, value(token, null));
            afterLastItem = parser.currentLocation().getCharOffset();
        }
        expectEnd(token, JsonToken.END_ARRAY);
        warnOfTrailingComma(afterLastItem, ']');
        depth--;
        return new ArrayValue(at, List.of());
    }

    /** Jackson reports unclosed containers itself; this only guards the invariant. */
    private static void expectEnd(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalStateException("expected " + expected + " but got " + token);
        }
    }

    static Position position(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}

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
    private int depth;

    private LocatedTreeParser(JsonParser parser, ProblemList problems, ItemSink sink) {
        this.parser = parser;
        this.problems = problems;
        this.sink = sink;
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
        LocatedValue root = treeParser.value(first);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            problems.error(position(parser.currentTokenLocation()),
                    "unexpected content after the end of the top-level value");
        }
        return root;
    }

    private LocatedValue value(JsonToken token) throws IOException {
        Position at = position(parser.currentTokenLocation());
        if (token.isStructStart() && ++depth > JsonConfiguration.MAX_NESTING_DEPTH) {
            throw new UnreadableInputException(at.line(), at.column(), "values are nested more than "
                    + JsonConfiguration.MAX_NESTING_DEPTH + " levels deep; a dataset needs no more than five");
        }
        return switch (token) {
            case START_OBJECT -> object(at);
            case START_ARRAY -> array(at);
            case VALUE_STRING -> new StringValue(at, parser.getText());
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
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Position namePosition = position(parser.currentTokenLocation());
            JsonToken valueToken = parser.nextToken();
            Member earlier = members.get(name);
            boolean streamed = depth == 1 && earlier == null && valueToken == JsonToken.START_ARRAY
                    && sink.takes(name);
            LocatedValue value = streamed ? streamedArray(name) : value(valueToken);
            if (earlier != null) {
                problems.error(namePosition, "field '" + name + "' appears twice in this object (first at line "
                        + earlier.namePosition().line() + ", column " + earlier.namePosition().column() + ")");
            } else {
                members.put(name, new Member(name, namePosition, value));
            }
        }
        expectEnd(token, JsonToken.END_OBJECT);
        depth--;
        return new ObjectValue(at, members);
    }

    private ArrayValue array(Position at) throws IOException {
        List<LocatedValue> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(value(token));
        }
        expectEnd(token, JsonToken.END_ARRAY);
        depth--;
        return new ArrayValue(at, items);
    }

    /** An array whose items go to the sink; the tree keeps it empty. */
    private ArrayValue streamedArray(String field) throws IOException {
        Position at = position(parser.currentTokenLocation());
        depth++;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            sink.item(field, value(token));
        }
        expectEnd(token, JsonToken.END_ARRAY);
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

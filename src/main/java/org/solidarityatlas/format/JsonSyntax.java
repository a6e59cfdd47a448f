package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.solidarityatlas.format.LocatedValue.Position;

/** Turns Jackson's parse failures into short messages for people who write datasets by hand. */
final class JsonSyntax {

    private JsonSyntax() {
    }

    /** Where the failure is: the exception's location, else where the parser stopped. */
    static Position position(JsonProcessingException e, JsonParser parser) {
        if (isUnclosedString(e)) {
            return LocatedTreeParser.position(parser.currentTokenLocation());
        }
        var location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return LocatedTreeParser.position(location);
    }

    static ProblemText describe(JsonProcessingException e, JsonParser parser) {
        if (isUnclosedString(e)) {
            return ProblemText.of("json.endsEarly", ProblemText.of("json.unclosedString"));
        }
        if (endsEarly(e)) {
            return ProblemText.of("json.endsEarly", unclosed(parser.getParsingContext()));
        }
        if (e instanceof StreamConstraintsException) {
            return ProblemText.of("json.valueTooLong", JsonConfiguration.MAX_STRING_LENGTH,
                    JsonConfiguration.MAX_NUMBER_LENGTH);
        }
        // Jackson's own words stay English: they are given as an argument, in every language.
        return ProblemText.of("json.invalid", plain(firstLine(e.getOriginalMessage())));
    }

    /** Jackson reports some truncations as plain parse errors; their message is the only tell. */
    private static boolean endsEarly(JsonProcessingException e) {
        return e instanceof JsonEOFException
                || (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input"));
    }

    private static boolean isUnclosedString(JsonProcessingException e) {
        return e instanceof JsonEOFException eof && eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING;
    }

    /** Drops Jackson's character codes and starts in lower case, to read as the rest of a sentence. */
    private static String plain(String message) {
        String text = message.replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)");
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Names the innermost container that was left open, with where it starts. */
    private static ProblemText unclosed(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return ProblemText.of("json.incomplete");
        }
        var start = context.startLocation(null);
        return ProblemText.of(context.inArray() ? "json.unclosedArray" : "json.unclosedObject", start.getLineNr(),
                start.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

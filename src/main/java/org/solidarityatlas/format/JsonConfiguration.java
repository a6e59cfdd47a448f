package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one place that configures Jackson for the dataset format: the read limits that keep hostile input from
 * exhausting the stack or the heap, and the layout of written files.
 */
final class JsonConfiguration {

    /** Valid datasets nest at most five levels; anything far deeper is refused before it can recurse. */
    static final int MAX_NESTING_DEPTH = 64;

    /**
     * Files above this size are refused. Entities and relationships are checked one at a time as they are parsed,
     * so reading costs about twice the file size in heap (the dataset itself); 256 MB holds some 350,000 entities
     * with a million relationships, far beyond the few thousand of a hand-written dataset.
     */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    static final int MAX_NUMBER_LENGTH = 100;

    /** The longest single string value (a description, say) accepted. */
    static final int MAX_STRING_LENGTH = 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    // One more than our own check, which reports the offending bracket; this is the backstop.
                    .maxNestingDepth(MAX_NESTING_DEPTH + 1)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build()
            // The caller owns the streams it hands in; closing them is its business.
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonConfiguration() {
    }

    /** "256 MB", or a byte count for small limits. */
    static String sizeInWords(long bytes) {
        long megabytes = bytes / (1024 * 1024);
        return megabytes > 0 ? megabytes + " MB" : bytes + " bytes";
    }

    static JsonFactory factory() {
        return FACTORY;
    }

    /** Two-space indentation, {@code "key": value}, one array item per line, Unix line ends. */
    static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}

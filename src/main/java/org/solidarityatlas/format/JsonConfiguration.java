package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
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

    /**
     * Entries of one list inside an item (aliases, tags, a story's steps): a dataset needs far fewer, and ten
     * million tiny values would take gigabytes of heap as a tree.
     */
    static final int MAX_LIST_ENTRIES = 10_000;

    /**
     * Entries of all those lists together, and the characters of all text in the file: about four times what the
     * 100,000-entity benchmark file holds (404,699 entries, 33.7 million characters), so the heap a read needs
     * stays bounded whatever the file holds.
     */
    static final int MAX_LIST_ENTRIES_IN_FILE = 2_000_000;
    static final long MAX_TEXT_CHARACTERS = 128L * 1024 * 1024;

    /** The longest single string value (a description, say) accepted. */
    static final int MAX_STRING_LENGTH = 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    // One more than our own check, which reports the offending bracket; this is the backstop.
                    .maxNestingDepth(MAX_NESTING_DEPTH + 1)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            // Hand-written files often end a list with a comma; the reader accepts it with a warning.
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build()
            // The caller owns the streams it hands in; closing them is its business.
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonConfiguration() {
    }

    /** "256 MB", or a byte count for small limits. */
    static ProblemText sizeInWords(long bytes) {
        long megabytes = bytes / (1024 * 1024);
        return megabytes > 0 ? ProblemText.of("size.megabytes", megabytes) : ProblemText.of("size.bytes", bytes);
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

package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.solidarityatlas.format.LocatedValue.Position;
import org.solidarityatlas.model.Dataset;

/**
 * Reads a dataset file of format {@code solidarity-atlas/1} and checks it, reporting every problem it finds
 * in one run with the line and column of the offending value. It never throws for bad input: unreadable files,
 * broken JSON and invalid content all come back as {@link Problem}s.
 */
public final class DatasetReader {

    private final long maxBytes;

    public DatasetReader() {
        this(JsonConfiguration.MAX_FILE_BYTES);
    }

    /** A reader that refuses input above {@code maxBytes} bytes. */
    public DatasetReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads the file; problems name it as given. */
    public ReadResult read(Path file) {
        String fileName = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failure(fileName, ProblemText.of("file.directory"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return failure(fileName, ProblemText.of("file.size", JsonConfiguration.sizeInWords(size),
                        JsonConfiguration.sizeInWords(maxBytes)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, fileName);
            }
        } catch (NoSuchFileException e) {
            return failure(fileName, ProblemText.of("file.none"));
        } catch (AccessDeniedException e) {
            return failure(fileName, ProblemText.of("file.denied"));
        } catch (IOException e) {
            return failure(fileName, ProblemText.of("file.cannotRead", describe(e)));
        }
    }

    /** Reads a dataset from the stream (which stays open); problems name {@code fileName}. */
    public ReadResult read(InputStream in, String fileName) {
        ProblemList problems = new ProblemList(fileName);
        // The content's problems are kept apart: the items are checked while the file is parsed, and when the
        // JSON turns out broken only the syntax problems are reported.
        ProblemList contentProblems = new ProblemList(fileName);
        DatasetInterpreter interpreter = new DatasetInterpreter(contentProblems);
        Optional<Dataset> dataset = Optional.empty();
        try (JsonParser parser = JsonConfiguration.factory().createParser(new StrictUtf8Reader(in, maxBytes))) {
            try {
                LocatedValue root = LocatedTreeParser.parse(parser, problems, interpreter);
                if (root == null) {
                    problems.error(1, 1, ProblemText.of("json.empty"));
                } else {
                    dataset = interpreter.dataset(root);
                    problems.addAll(contentProblems);
                }
            } catch (UnreadableInputException e) {
                problems.error(e.line(), e.column(), e.text());
            } catch (JsonProcessingException e) {
                Position at = JsonSyntax.position(e, parser);
                problems.error(at.line(), at.column(), JsonSyntax.describe(e, parser));
            }
        } catch (IOException e) {
            problems.error(1, 1, ProblemText.of("file.cannotRead", describe(e)));
        }
        // A dataset is only handed out when nothing is wrong, even if the error came after it was built.
        return new ReadResult(problems.hasErrors() ? Optional.empty() : dataset, problems.inFileOrder());
    }

    private static ReadResult failure(String fileName, ProblemText message) {
        ProblemList problems = new ProblemList(fileName);
        problems.error(1, 1, message);
        return new ReadResult(Optional.empty(), problems.inFileOrder());
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

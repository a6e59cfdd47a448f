package org.solidarityatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.solidarityatlas.format.PrintableText;
import org.solidarityatlas.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command whose failures reach the user as one line on stderr and exit code 1; {@code --debug} adds the
 * stack trace. The handling lives in the commands themselves, so it holds however the command line is built.
 */
abstract class ReportingCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", description = "Show the stack trace when something fails.")
    boolean debug;

    /** Does the work and returns the exit code; throws for failures that end the command. */
    abstract int run() throws IOException;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (CommandFailure e) {
            return fail(e.getMessage(), e);
        } catch (StoreException e) {
            return fail(e.getMessage(), e);
        } catch (IOException e) {
            return fail(describe(e), e);
        } catch (UncheckedIOException e) {
            return fail(describe(e.getCause()), e);
        } catch (RuntimeException e) {
            return fail("unexpected error: " + e, e);
        } finally {
            out().flush();
            err().flush();
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private int fail(String message, Throwable cause) {
        err().println("atlas: " + oneLine(message));
        if (debug) {
            cause.printStackTrace(err());
        }
        return FAILED;
    }

    /**
     * Messages from libraries may span lines; the user gets them on one, with any control character they quote
     * (from a file or a query) escaped rather than sent to the terminal.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed without a message";
        }
        return PrintableText.of(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    /** File system errors name only the path; say what went wrong with it too. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException other && other.getFile() != null) {
            String reason = other.getReason() == null ? other.getClass().getSimpleName() : other.getReason();
            return other.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** A failure the command explains itself, in one line for the user. */
    static final class CommandFailure extends RuntimeException {

        CommandFailure(String message) {
            super(message);
        }
    }
}

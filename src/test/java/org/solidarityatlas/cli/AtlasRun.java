package org.solidarityatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** One run of the command line with its output captured, as a test sees it. */
record AtlasRun(int exitCode, String out, String err) {

    static AtlasRun atlas(String... args) {
        return run(AtlasCommand.commandLine(), args);
    }

    /** Runs the command line exactly as a caller that builds it bare would. */
    static AtlasRun bare(String... args) {
        return run(new CommandLine(new AtlasCommand()), args);
    }

    private static AtlasRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new AtlasRun(exitCode, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** A fixture file under src/test/resources/cli/. */
    static Path fixture(String name) {
        try {
            return Path.of(AtlasRun.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture cli/" + name, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}

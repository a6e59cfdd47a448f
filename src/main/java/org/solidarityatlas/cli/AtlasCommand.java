package org.solidarityatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.solidarityatlas.ui.app.ExplorerLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code atlas}: the command line of Solidarity Atlas. With a subcommand it validates, imports, exports or
 * queries; without one it opens the explorer window.
 */
@Command(name = "atlas", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        subcommands = {ValidateCommand.class, ImportCommand.class, ExportCommand.class, QueryCommand.class,
            SlidesCommand.class,
            GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        description = {
            "Solidarity Atlas: explore the relationships between unions, alliances, people and campaigns.",
            "Without a command, opens the explorer window on FILE if given, else on the stored dataset, "
                    + "else on the bundled one."})
public final class AtlasCommand extends ReportingCommand {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Dataset file to open in the explorer.")
    Path file;

    @Mixin
    DataDirectoryOption dataDirectory;

    @Mixin
    LanguageOption language;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code main} runs it: usage errors reported in one line, exit status 2. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AtlasCommand());
        commandLine.setParameterExceptionHandler(AtlasCommand::reportUsageError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    int run() {
        if (file != null && !Files.isRegularFile(file)) {
            throw new CommandFailure("no such file: " + file);
        }
        language.apply();
        ExplorerLauncher.launch(
dataDirectory.directory(), Optional.ofNullable(file));
        return OK;
    }

    private static int reportUsageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder("atlas: ").append(oneLine(e.getMessage()));
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
            }
        }
        line.append(" (see '").append(name).append(" --help')");
        command.getErr().println(line);
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}

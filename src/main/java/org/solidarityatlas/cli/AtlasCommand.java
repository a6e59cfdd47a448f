package org.solidarityatlas.cli;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.solidarityatlas.store.BoltGraphStore;
import org.solidarityatlas.store.ServerConnection;
import org.solidarityatlas.ui.app.ExplorerLauncher;
import org.solidarityatlas.ui.app.WindowClasses;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
    StoreOptions store;

    @Option(names = "--edit", description = "On a server (--neo4j), allow opening files into it; the explorer "
            + "is read-only there otherwise.")
    boolean edit;

    /** Where NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE are read: the process's, or a test's. */
    final Map<String, String> environment;

    public AtlasCommand() {
        this(System.getenv());
    }

    AtlasCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Mixin
    LanguageOption language;

    public static void main(String[] args) {
        if (opensExplorer(args)) {
            // On the other core while the arguments are parsed and JavaFX starts (see WindowClasses).
            WindowClasses.preload();
        }
        System.exit(commandLine().execute(args));
    }

    /** Whether these arguments open the explorer: they name no subcommand and ask for no help or version. */
    static boolean opensExplorer(String[] args) {
        Set<String> others = new HashSet<>(Set.of("-h", "--help", "-V", "--version"));
        for (Class<?> subcommand : AtlasCommand.class.getAnnotation(Command.class).subcommands()) {
            others.add(subcommand.getAnnotation(Command.class).name());
        }
        return Arrays.stream(args).noneMatch(others::contains);
    }

    /** The command line as {@code main} runs it: usage errors reported in one line, exit status 2. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    static CommandLine commandLine(Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new AtlasCommand(environment));
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
        if (store.onServer()) {
            if (edit && store.readOnly) {
                throw new CommandFailure("give either --edit or --read-only, not both");
            }
            // Asked now, on the terminal, before the window opens; the store opens beside JavaFX's start.
            ServerConnection server = store.connection(!edit);
            ExplorerLauncher.launch(() -> BoltGraphStore.open(server), Optional.ofNullable(file));
        } else {
            if (edit) {
                throw new CommandFailure("--edit is for a server (--neo4j URI); the data directory is always editable");
            }
            ExplorerLauncher.launch(store.dataDirectory.directory(null), Optional.ofNullable(file));
        }
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

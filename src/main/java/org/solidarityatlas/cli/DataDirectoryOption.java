package org.solidarityatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.solidarityatlas.store.DataDirectories;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the commands that use the store. */
final class DataDirectoryOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Data directory of the store. Default: solidarity-atlas in $XDG_DATA_HOME, "
                    + "else in ~/.local/share")
    Path given;

    /**
     * The data directory {@code command} uses; the store creates it when missing. {@code atlas --db DIR import FILE} means the
     * same as {@code atlas import --db DIR FILE}: a --db given before the command name applies to it too.
     */
    Path directory(CommandSpec command) {
        Path directory = given != null ? given : givenToAnEnclosingCommand(command);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new ReportingCommand.CommandFailure("the data directory " + directory + " is not a directory");
        }
        return directory;
    }

    private static Path givenToAnEnclosingCommand(CommandSpec command) {
        for (CommandSpec parent = command == null ? null : command.parent(); parent != null;
                parent = parent.parent()) {
            OptionSpec option = parent.findOption("--db");
            if (option != null && option.getValue() != null) {
                return option.getValue();
            }
        }
        return DataDirectories.defaultDirectory();
    }
}

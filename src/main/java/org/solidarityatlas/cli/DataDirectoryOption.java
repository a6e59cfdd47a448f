package org.solidarityatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.solidarityatlas.store.DataDirectories;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the commands that use the store. */
final class DataDirectoryOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Data directory of the store. Default: solidarity-atlas in $XDG_DATA_HOME, "
                    + "else in ~/.local/share")
    Path given;

    /** The data directory to use; the store creates it when missing. */
    Path directory() {
        Path directory = given != null ? given : DataDirectories.defaultDirectory();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new ReportingCommand.CommandFailure("the data directory " + directory + " is not a directory");
        }
        return directory;
    }
}

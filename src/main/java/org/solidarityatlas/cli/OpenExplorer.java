package org.solidarityatlas.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the explorer window, {@code org.solidarityatlas.ui.ExplorerLauncher.launch(Path, Optional<Path>)}.
 * The launcher is looked up by name only because the ui package is written on another branch; once both are
 * merged this class becomes a direct call, and nothing else in the command line changes.
 */
final class OpenExplorer {

    static final String LAUNCHER = "org.solidarityatlas.ui.ExplorerLauncher";

    private OpenExplorer() {
    }

    /** Blocks until the window closes. */
    static void open(Path dataDirectory, Optional<Path> file) {
        Method launch;
        try {
            launch = Class.forName(LAUNCHER).getMethod("launch", Path.class, Optional.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new ReportingCommand.CommandFailure("this build has no explorer window (" + LAUNCHER
                    + ".launch(Path, Optional) is missing); the validate, import, export and query commands work");
        }
        try {
            launch.invoke(null, dataDirectory, file);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

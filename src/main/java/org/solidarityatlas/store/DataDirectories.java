package org.solidarityatlas.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives unless the user names another directory. */
public final class DataDirectories {

    static final String APPLICATION_DIRECTORY = "solidarity-atlas";

    private DataDirectories() {
    }

    /** {@code $XDG_DATA_HOME/solidarity-atlas}, else {@code ~/.local/share/solidarity-atlas}. */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultDirectory(Map<String, String> environment, String userHome) {
        String dataHome = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        if (dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()) {
            return Path.of(dataHome, APPLICATION_DIRECTORY);
        }
        return Path.of(userHome, ".local", "share", APPLICATION_DIRECTORY);
    }
}

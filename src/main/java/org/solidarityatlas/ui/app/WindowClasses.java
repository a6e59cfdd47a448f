package org.solidarityatlas.ui.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes the explorer loads before its window shows (JavaFX's toolkit and controls, GraphStream, the
 * window's own), listed in {@code window-classes.txt}, loaded ahead on a thread of their own. Loading them is
 * most of the time to the window on this two-core machine, and it is done one class after the other by the
 * threads that start JavaFX and build the window: started with the command line, the loading runs on the other
 * core while the command line is parsed and JavaFX starts. Classes are only loaded, never initialized, so no
 * code of theirs runs on this thread.
 */
public final class WindowClasses {

    static final String LIST = "window-classes.txt";

    private WindowClasses() {
    }

    /** Starts loading the listed classes on a daemon thread, and returns at once. */
    public static void preload() {
        Thread thread = new Thread(WindowClasses::load, "atlas-window-classes");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads the listed classes that exist here (a platform's own classes are missing on the others). */
    static int load() {
        ClassLoader loader = WindowClasses.class.getClassLoader();
        int loaded = 0;
        for (String name : names()) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Not on this platform, or gone since the list was made: the window loads what it needs itself.
            }
        }
        return loaded;
    }

    /** The class names listed, in order (lines starting with {@code #} are comments). */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = WindowClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            // An unreadable list loads nothing ahead; the window loads its classes itself.
        }
        return names;
    }
}

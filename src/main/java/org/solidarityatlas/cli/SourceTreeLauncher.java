package org.solidarityatlas.cli;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./mvnw javafx:run} starts. The JavaFX plugin leaves out of its class path every jar that has no valid
 * Java module name (Neo4j needs several Scala ones, such as magnolia_2.13), so this loads the application from the
 * complete runtime class path that the build writes to {@code target/runtime-classpath.txt}, as {@code java -jar}
 * would, and runs the command line there.
 */
public final class SourceTreeLauncher {

    private static final Path TARGET = Path.of("target");

    private SourceTreeLauncher() {
    }

    public static void main(String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(TARGET.resolve("classes").toUri().toURL());
        for (String entry : Files.readString(TARGET.resolve("runtime-classpath.txt")).trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader application = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(application);
        try {
            Class.forName(AtlasCommand.class.getName(), true, application)
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

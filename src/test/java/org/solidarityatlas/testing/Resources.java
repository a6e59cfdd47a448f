package org.solidarityatlas.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Files in src/test/resources, by their path there. */
public final class Resources {

    private Resources() {
    }

    public static Path path(String name) {
        URL url = Resources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

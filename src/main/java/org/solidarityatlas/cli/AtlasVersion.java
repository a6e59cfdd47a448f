package org.solidarityatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven records in the jar ({@code META-INF/maven/.../pom.properties}). */
final class AtlasVersion implements IVersionProvider {

    private static final String POM_PROPERTIES =
            "/META-INF/maven/org.solidarityatlas/solidarity-atlas/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Solidarity Atlas " + version(),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }

    /** The packaged version; classes run straight from the build directory have no packaged version. */
    static String version() {
        try (InputStream in = AtlasVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "(unpackaged build)");
            }
        } catch (IOException e) {
            // An unreadable descriptor is no reason to fail --version.
        }
        return "(unpackaged build)";
    }
}

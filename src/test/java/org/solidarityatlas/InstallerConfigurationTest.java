package org.solidarityatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The installer is only built with {@code -Pinstaller}; this checks, in every build, what its launcher is told:
 * the main class, the JVM options, the file association, the icon and the JDK modules of its runtime.
 */
class InstallerConfigurationTest {

    private static final Path POM = Path.of("pom.xml");

    private static Element project;
    private static Element installerProfile;

    @BeforeAll
    static void readPom() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        project = pom.getDocumentElement();
        installerProfile = children(child(project, "profiles"), "profile").stream()
                .filter(profile -> "installer".equals(text(child(profile, "id"))))
                .findFirst().orElseThrow(() -> new AssertionError("pom.xml has no installer profile"));
    }

    @Test
    void launcherRunsTheAtlasCommandLine() throws Exception {
        String mainClass = property(text(child(appImageConfiguration(), "mainClass")));
        Method main = Class.forName(mainClass).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()), mainClass + ".main is not static");
        assertEquals("org.solidarityatlas.cli.AtlasCommand", mainClass);
    }

    @Test
    void launcherOpensEveryJdkPackageTheJarManifestOpens() {
        Element jarPlugin = plugin(child(project, "build"), "maven-jar-plugin");
        String manifestOpens = text(child(child(child(child(jarPlugin, "configuration"), "archive"),
                "manifestEntries"), "Add-Opens"));
        List<String> options = texts(child(appImageConfiguration(), "javaOptions"));
        assertFalse(manifestOpens.isBlank());
        for (String opened : manifestOpens.trim().split("\\s+")) {
            assertTrue(options.contains("--add-opens=" + opened + "=ALL-UNNAMED"),
                    "the launcher does not open " + opened + ": " + options);
        }
    }

    @Test
    void launcherGivesTheJvmMoreThanItsDefaultShareOfMemory() {
        List<String> options = texts(child(appImageConfiguration(), "javaOptions"));
        String share = options.stream().filter(o -> o.startsWith("-XX:MaxRAMPercentage="))
                .findFirst().orElseThrow(() -> new AssertionError("no memory option: " + options));
        assertTrue(Double.parseDouble(share.substring(share.indexOf('=') + 1)) > 25, share);
    }

    @Test
    void installerOpensAtlasDatasetFilesWithTheApp() throws IOException {
        List<String> associations = texts(child(packageConfiguration(), "fileAssociations"));
        assertEquals(1, associations.size(), associations.toString());
        Properties association = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(property(associations.get(0))), StandardCharsets.UTF_8)) {
            association.load(in);
        }
        assertEquals("atlas.json", association.getProperty("extension"));
        assertNotNull(association.getProperty("mime-type"), "the association names no MIME type");
        assertNotNull(association.getProperty("description"), "the association has no description");
    }

    @Test
    void iconIsASquarePictureLargeEnoughForAMenu() throws IOException {
        Path icon = Path.of(property(text(child(appImageConfiguration(), "icon"))));
        BufferedImage picture = ImageIO.read(icon.toFile());
        assertNotNull(picture, icon + " is not a picture ImageIO reads");
        assertEquals(picture.getWidth(), picture.getHeight(), "the icon is not square");
        assertTrue(picture.getWidth() >= 128, "the icon is only " + picture.getWidth() + " pixels wide");
    }

    @Test
    void runtimeHoldsEveryJdkModuleTheAppsOwnClassesUse() {
        Set<String> linked = Arrays.stream(propertyValue("installer.modules").split(","))
                .map(String::trim).collect(Collectors.toSet());
        // What jlink puts in the runtime: the modules named and every module they require.
        Configuration runtime = Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), linked);
        Set<String> inRuntime = runtime.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());

        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-q", "--ignore-missing-deps",
                "--multi-release", "17", "--print-module-deps", "target/classes");
        assertEquals(0, status, out.toString());
        for (String module : out.toString().trim().split(",")) {
            assertTrue(inRuntime.contains(module.trim()), "the runtime lacks " + module + ", used by the app");
        }
    }

    private static Element appImageConfiguration() {
        return executionConfiguration("installer-app-image");
    }

    private static Element packageConfiguration() {
        return executionConfiguration("installer-package");
    }

    private static Element executionConfiguration(String id) {
        Element jpackage = plugin(child(installerProfile, "build"), "jpackage-maven-plugin");
        return children(child(jpackage, "executions"), "execution").stream()
                .filter(execution -> id.equals(text(child(execution, "id"))))
                .map(execution -> child(execution, "configuration"))
                .findFirst().orElseThrow(() -> new AssertionError("no jpackage execution " + id));
    }

    private static Element plugin(Element build, String artifactId) {
        return children(child(build, "plugins"), "plugin").stream()
                .filter(plugin -> artifactId.equals(text(child(plugin, "artifactId"))))
                .findFirst().orElseThrow(() -> new AssertionError("no plugin " + artifactId));
    }

    /** Replaces the pom's {@code ${name}} references as Maven would, for the few properties used here. */
    private static String property(String value) {
        String resolved = value.replace("${project.basedir}", Path.of("").toAbsolutePath().toString());
        int start;
        while ((start = resolved.indexOf("${")) >= 0) {
            int end = resolved.indexOf('}', start);
            resolved = resolved.substring(0, start) + propertyValue(resolved.substring(start + 2, end))
                    + resolved.substring(end + 1);
        }
        return resolved;
    }

    private static String propertyValue(String name) {
        for (Element properties : List.of(child(installerProfile, "properties"), child(project, "properties"))) {
            List<Element> found = children(properties, name);
            if (!found.isEmpty()) {
                return text(found.get(0)).trim();
            }
        }
        throw new AssertionError("pom.xml defines no property " + name);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.isEmpty()) {
            throw new AssertionError(parent.getTagName() + " has no " + name);
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && name.equals(nodes.item(i).getNodeName())) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static List<String> texts(Element parent) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                values.add(text((Element) nodes.item(i)).trim());
            }
        }
        return values;
    }

    private static String text(Element element) {
        return element.getTextContent();
    }
}

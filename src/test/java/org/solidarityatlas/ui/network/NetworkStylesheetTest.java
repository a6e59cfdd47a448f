package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The stylesheet and the colours other parts of the window use for legends must agree. */
@ExtendWith(ApplicationExtension.class)
class NetworkStylesheetTest {

    @Test
    void stylesheetParses() throws IOException {
        // GraphStream only logs a stylesheet it cannot parse, and then draws everything unstyled.
        new org.graphstream.ui.graphicGraph.stylesheet.StyleSheet().parseFromString(stylesheet());
    }

    @Test
    void eachTypeRuleHasTheColourAndShapeOfItsLook() throws IOException {
        String css = stylesheet();
        for (EntityTypeLook look : EntityTypeLook.values()) {
            Matcher rule = Pattern.compile("node\\." + look.styleClass() + "\\s*\\{([^}]*)}").matcher(css);
            assertTrue(rule.find(), "rule for " + look);
            String body = rule.group(1);
            boolean ring = look.shape().equals("ring");
            assertTrue(body.contains("shape: " + (ring ? "circle" : look.shape()) + ";"), body);
            assertTrue(body.contains((ring ? "stroke-color: " : "fill-color: ") + look.colour() + ";"), body);
        }
    }

    @Test
    void theSixTypesHaveSixColoursAndSixShapes() {
        Set<String> colours = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (EntityTypeLook look : EntityTypeLook.values()) {
            colours.add(look.colour());
            shapes.add(look.shape());
        }
        assertEquals(6, colours.size());
        assertEquals(6, shapes.size());
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = NetworkView.class.getResourceAsStream("network.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

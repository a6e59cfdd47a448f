package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.ui.app.ExplorerComposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.StoryFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The source line under each step, on a made-up dataset whose steps cite few and many sources. */
@ExtendWith(ApplicationExtension.class)
class PresentationSourcesTest {

    private final Dataset harbour = StoryFixtures.read("harbour-sources.json");
    private PresentationWindow window;

    @Start
    void start(Stage ignored) {
        window = ExplorerComposition.presentationWindow(null,
                new org.solidarityatlas.graph.LoadedGraph(harbour), harbour.stories().get(0));
        window.stage().setWidth(1280);
        window.stage().setHeight(720);
        window.show(false);
    }

    @AfterEach
    void close() {
        Fx.run(() -> window.close());
    }

    @Test
    void stepShowsItsSourcesMostCitedFirst() {
        assertEquals("Sources: A harbour history (L. Moreno, 1998) · Dock committee minutes (1952)",
                Fx.call(() -> window.pane().sourcesText()));
    }

    @Test
    void stepCitingMoreThanFitsNamesTheFirstAndCountsTheRest(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        Fx.waitUntil(() -> window.viewModel().stepIndexProperty().get() == 1);
        String line = Fx.call(() -> window.pane().sourcesText());
        assertTrue(line.startsWith("Sources: Letters of the strike committee · "), line);
        Matcher more = Pattern.compile(" · \\+(\\d+) more$").matcher(line);
        assertTrue(more.find(), line);
        int named = line.substring(0, more.start()).split(" · ").length;
        // The strike step's focus and their link cite eight sources in all.
        assertEquals(8, named + Integer.parseInt(more.group(1)), line);
    }
}

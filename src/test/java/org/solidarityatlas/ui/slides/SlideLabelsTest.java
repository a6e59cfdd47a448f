package org.solidarityatlas.ui.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.testing.StoryFixtures;
import org.solidarityatlas.ui.network.DrawnLabel;
import org.solidarityatlas.ui.presentation.PresentationPane;
import org.solidarityatlas.ui.presentation.PresentationViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On every slide of the bundled story the network's labels are as large as the slide's running text, the focus's
 * labels are drawn, and no two labels overlap: read from what each slide's network frame drew.
 */
@ExtendWith(ApplicationExtension.class)
class SlideLabelsTest {

    private StoryExport export;
    private final Dataset dataset = StoryFixtures.bundled();

    @Start
    void start(Stage ignored) {
        export = new StoryExport(new LoadedGraph(dataset));
    }

    /**
     * The height of a line of text at a slide's running text size (as a slide's pane styles it), in the labels'
     * font: a label's box holds such a line, and its padding.
     */
    private static double slideBodyLineHeight() {
        PresentationPane pane = new PresentationPane(new Region());
        pane.setBaseFontSize(StoryExport.SLIDE_HEIGHT / 36.0);
        new Scene(pane, StoryExport.SLIDE_WIDTH, StoryExport.SLIDE_HEIGHT);
        return new Text("Hg").getLayoutBounds().getHeight() / Font.getDefault().getSize() * pane.bodyTextSize();
    }

    /** For each step: the labels its slide's network drew, and the step's focus shown. */
    private record SlideLabels(List<DrawnLabel> labels, Set<String> focus) {
    }

    @Test
    void everySlideLabelsItsFocusAsLargeAsItsTextWithoutOverlaps() throws Exception {
        CompletableFuture<List<SlideLabels>> drawn = new CompletableFuture<>();
        double[] body = new double[1];
        Platform.runLater(() -> export.whenReady(() -> {
            try {
                body[0] = slideBodyLineHeight();
                PresentationViewModel model = new PresentationViewModel();
                LoadedGraph graph = export.graph();
                model.present(graph, dataset.stories().get(0));
                List<SlideLabels> slides = new ArrayList<>();
                do {
                    export.slide(model.shown(), model.progressInWords());
                    Set<String> focus = model.shown().view().knownFocus(graph);
                    focus.retainAll(model.shown().visible().entityIds());
                    slides.add(new SlideLabels(export.network().labelling().drawn(), focus));
                } while (model.next());
                drawn.complete(slides);
            } catch (RuntimeException e) {
                drawn.completeExceptionally(e);
            } finally {
                export.dispose();
            }
        }));
        List<SlideLabels> slides = drawn.get(5, TimeUnit.MINUTES);
        assertEquals(dataset.stories().get(0).steps().size(), slides.size());
        for (int step = 0; step < slides.size(); step++) {
            List<DrawnLabel> labels = slides.get(step).labels();
            String where = "slide " + (step + 1);
            for (String id : slides.get(step).focus()) {
                assertTrue(labels.stream().anyMatch(l -> l.ofEntity() && l.elementId().equals(id)),
                        where + ": the focus " + id + " has a label");
            }
            for (DrawnLabel label : labels) {
                // Drawn in the network's view, which the slide shows that many times larger.
                assertTrue(label.height() * StoryExport.networkScale() >= body[0],
                        where + ": " + label + " is lower than a line of the text, " + body[0] + " px");
            }
            for (int a = 0; a < labels.size(); a++) {
                for (int b = a + 1; b < labels.size(); b++) {
                    DrawnLabel p = labels.get(a);
                    DrawnLabel q = labels.get(b);
                    assertFalse(p.left() < q.left() + q.width() && q.left() < p.left() + p.width()
                            && p.top() < q.top() + q.height() && q.top() < p.top() + p.height(),
                            where + ": " + p + " overlaps " + q);
                }
            }
        }
    }
}

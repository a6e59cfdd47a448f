package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.Texts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import java.util.List;

/**
 * What the audience sees: the network, the year range large in a corner, a short legend of what changed, and
 * below it a quiet band with the step's title and text and a small "Step 3 of 9". Shared by the presentation
 * window and the exported slides so both look the same.
 */
public final class PresentationPane extends BorderPane {

    private final StackPane stage = new StackPane();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label years = new Label();
    private final Label progress = new Label();
    private final Label sourcesLine = new Label();
    private final Label leftOut = new Label();
    private final HBox legend;
    private final VBox band;
    private StepSources stepSources = new StepSources(List.of());

    public PresentationPane(Node network) {
        getStyleClass().add("presentation");
        getStylesheets().add(PresentationPane.class.getResource("presentation.css").toExternalForm());

        years.getStyleClass().add("years");
        StackPane.setAlignment(years, Pos.TOP_RIGHT);
        legend = new HBox(legendItem("legend-joined", "present.joined"), legendItem("legend-ended", "present.ended"));
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        years.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        leftOut.getStyleClass().add("left-out");
        leftOut.setMouseTransparent(true);
        leftOut.setVisible(false);
        StackPane.setAlignment(leftOut, Pos.BOTTOM_LEFT);
        stage.getChildren().addAll(network, years, legend, leftOut);
        stage.setMinSize(0, 0);
        setCenter(stage);

        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        text.getStyleClass().add("step-text");
        text.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        progress.getStyleClass().add("progress");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(title, gap, progress);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(title, Priority.SOMETIMES);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        sourcesLine.getStyleClass().add("sources");
        sourcesLine.setMinWidth(0);
        band = new VBox(titleRow, text, sourcesLine);
        band.getStyleClass().add("band");
        band.setMinHeight(Region.USE_PREF_SIZE);
        setBottom(band);
        band.widthProperty().addListener((o, a, b) -> fitSources());
        sourcesLine.fontProperty().addListener((o, a, b) -> fitSources());
        fitSources();
    }

    private static HBox legendItem(String styleClass, String key) {
        Circle dot = new Circle(8);
        dot.getStyleClass().add(styleClass);
        Label label = Texts.bind(new Label(), key);
        HBox item = new HBox(6, dot, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    /** Text size of the band's running text, in pixels; everything else is in proportion to it. */
    public void setBaseFontSize(double px) {
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    }

    /** The size in pixels of the step's running text as styled now: network labels are no smaller. */
    public double bodyTextSize() {
        applyCss();
        return text.getFont().getSize();
    }

    public void setStep(String stepTitle, String stepText) {
        title.setText(stepTitle);
        text.setText(stepText == null ? "" : stepText);
        text.setManaged(stepText != null && !stepText.isBlank());
        text.setVisible(text.isManaged());
    }

    /** The step's sources, shown as one line that names as many as fit and counts the rest. */
    public void setSources(StepSources sources) {
        stepSources = sources;
        fitSources();
    }

    private void fitSources() {
        double width = band.getWidth() - band.snappedLeftInset() - band.snappedRightInset();
        Text probe = new Text();
        probe.setFont(sourcesLine.getFont());
        String line = stepSources.line(Texts.get("present.sources"), n -> Texts.get("present.more", n), width > 0 ? width : Double.MAX_VALUE,
                words -> {
                    probe.setText(words);
                    return probe.getLayoutBounds().getWidth();
                });
        sourcesLine.setText(line);
        sourcesLine.setManaged(!line.isEmpty());
        sourcesLine.setVisible(!line.isEmpty());
    }

    /** "+5 more linked": neighbours of the focus the step does not frame because they were too many. */
    public void setLeftOut(int count) {
        leftOut.setText(Texts.get("present.moreLinked", count));

        leftOut.setVisible(count > 0);
    }

    public String leftOutText() {
        return leftOut.isVisible() ? leftOut.getText() : "";
    }

    /**
     * The pixels of the network area that overlays cover, for the camera to frame around: the top strip under the
     * year and the legend, and the bottom strip under the "+N more" note, each with a margin.
     */
    public Insets overlayInsets() {
        double margin = years.getFont().getSize() * 0.3;
        double top = years.getBoundsInParent().getMaxY();
        if (legend.isVisible()) {
            top = Math.max(top, legend.getBoundsInParent().getMaxY());
        }
        // From its preferred height: the note may have just been shown, before a layout pass has placed it.
        double bottom = leftOut.isVisible() ? leftOut.prefHeight(-1) : 0;
        return new Insets(top + margin, margin, bottom + margin, margin);
    }

    public void setYears(String words) {
        years.setText(words);
    }

    public void setProgress(String words) {
        progress.setText(words);
    }

    public void setLegendShown(boolean shown) {
        legend.setVisible(shown);
    }

    public String titleText() {
        return title.getText();
    }

    public String yearsText() {
        return years.getText();
    }

    public String sourcesText() {
        return sourcesLine.getText();
    }

    public String progressText() {
        return progress.getText();
    }

    public boolean isLegendShown() {
        return legend.isVisible();
    }

    /** The area the network fills. */
    public StackPane networkArea() {
        return stage;
    }
}

package org.solidarityatlas.ui.presentation;

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
    private final HBox legend;

    public PresentationPane(Node network) {
        getStyleClass().add("presentation");
        getStylesheets().add(PresentationPane.class.getResource("presentation.css").toExternalForm());

        years.getStyleClass().add("years");
        StackPane.setAlignment(years, Pos.TOP_RIGHT);
        legend = new HBox(legendItem("legend-joined", "joined"), legendItem("legend-ended", "ended"));
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        years.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        stage.getChildren().addAll(network, years, legend);
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
        VBox band = new VBox(titleRow, text);
        band.getStyleClass().add("band");
        band.setMinHeight(Region.USE_PREF_SIZE);
        setBottom(band);
    }

    private static HBox legendItem(String styleClass, String words) {
        Circle dot = new Circle(8);
        dot.getStyleClass().add(styleClass);
        Label label = new Label(words);
        HBox item = new HBox(6, dot, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    /** Text size of the band's running text, in pixels; everything else is in proportion to it. */
    public void setBaseFontSize(double px) {
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    }

    public void setStep(String stepTitle, String stepText) {
        title.setText(stepTitle);
        text.setText(stepText == null ? "" : stepText);
        text.setManaged(stepText != null && !stepText.isBlank());
        text.setVisible(text.isManaged());
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

package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.Texts;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.graph.LoadedGraph;

/**
 * "Compare 1994 with 2019" in the explorer's side panel: two years, and the entities and relationships that
 * joined and left between them. The network marks them too, through {@code onCompared}.
 */
public final class ComparePanel extends VBox {

    private final CompareViewModel model;
    private final Spinner<Integer> from = new Spinner<>();
    private final Spinner<Integer> to = new Spinner<>();

    public ComparePanel(CompareViewModel model, Consumer<ChangeSet> onCompared, Consumer<String> onItemChosen) {
        super(8);
        this.model = model;
        setPadding(new Insets(10));
        getStyleClass().add("compare-panel");
        Label heading = Texts.bind(new Label(), "compare.heading");
        heading.getStyleClass().add("panel-heading");
        from.setId("compareFrom");
        to.setId("compareTo");
        from.setEditable(true);
        to.setEditable(true);
        from.setPrefWidth(96);
        to.setPrefWidth(96);
        setMinWidth(0);
        Button compare = Texts.bind(new Button(), "compare.compare");
        compare.setId("compare");
        compare.setOnAction(e -> {
            model.compare(from.getValue(), to.getValue());
            onCompared.accept(model.changesProperty().get());
        });
        Button clear = Texts.bind(new Button(), "compare.clear");
        clear.setId("compareClear");
        clear.setOnAction(e -> {
            model.clear();
            onCompared.accept(ChangeSet.NONE);
        });
        HBox years = new HBox(6, from, Texts.bind(new Label(), "compare.with"), to);
        years.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(6, compare, clear);
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        ListView<ChangedItem> joined = list("joinedList", model, true, onItemChosen);
        ListView<ChangedItem> left = list("leftList", model, false, onItemChosen);
        Label joinedHeading = Texts.bind(new Label(), "compare.joined");
        joinedHeading.getStyleClass().add("joined-heading");
        Label leftHeading = Texts.bind(new Label(), "compare.left");

        leftHeading.getStyleClass().add("left-heading");
        getChildren().addAll(heading, years, actions, summary, joinedHeading, joined, leftHeading, left);
        load(model.fromYearProperty().get(), model.toYearProperty().get());
    }

    private static ListView<ChangedItem> list(String id, CompareViewModel model, boolean joined,
            Consumer<String> onItemChosen) {
        ListView<ChangedItem> list = new ListView<>(joined ? model.joined() : model.left());
        list.setId(id);
        list.setPrefHeight(160);
        list.setMinWidth(0);
        list.setPrefWidth(200);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.isEntity()) {
                onItemChosen.accept(item.id());
            }
        });
        return list;
    }

    /** Takes a (new) dataset: the spinners run over its span. */
    public void load(LoadedGraph graph) {
        model.load(graph);
        TimeWindow span = graph.span().orElse(TimeWindow.ofYears(model.fromYearProperty().get(),
                model.toYearProperty().get()));
        from.setValueFactory(new IntegerSpinnerValueFactory(span.firstYear(), span.lastYear(), span.firstYear()));
        to.setValueFactory(new IntegerSpinnerValueFactory(span.firstYear(), span.lastYear(), span.lastYear()));
    }

    private void load(int first, int last) {
        from.setValueFactory(new IntegerSpinnerValueFactory(first, Math.max(first, last), first));
        to.setValueFactory(new IntegerSpinnerValueFactory(first, Math.max(first, last), last));
    }

    public CompareViewModel model() {
        return model;
    }
}

package org.solidarityatlas.ui.explorer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.solidarityatlas.model.EntityType;

/**
 * The left side panel: entity types (which double as the legend, with each type's colour and shape),
 * relationship types, the time window and the undated toggle. Ctrl-click on a type shows only that type.
 */
final class FilterPanel {

    private final FilterViewModel filters;
    private final VBox entityTypes = new VBox();
    private final VBox relationshipTypes = new VBox();
    private final RangeSlider years = new RangeSlider(0, 1, 0, 1);
    private final Label windowLabel = new Label();
    private final Label spanFirst = new Label();
    private final Label spanLast = new Label();
    private final CheckBox undated = new CheckBox("Show undated items");
    private final ScrollPane root;
    /** Set while the slider follows the view model, so that does not write back. */
    private boolean following;

    FilterPanel(FilterViewModel filters) {
        this.filters = filters;
        entityTypes.getStyleClass().add("type-list");
        relationshipTypes.getStyleClass().add("type-list");

        years.setId("years");
        years.setShowTickMarks(false);
        years.setShowTickLabels(false);
        years.setBlockIncrement(1);
        years.setMajorTickUnit(1);
        years.setSnapToTicks(true);
        years.lowValueProperty().addListener((obs, old, value) -> sliderMoved());
        years.highValueProperty().addListener((obs, old, value) -> sliderMoved());
        filters.fromYearProperty().addListener((obs, old, value) -> followWindow());
        filters.toYearProperty().addListener((obs, old, value) -> followWindow());
        filters.spanFirstYearProperty().addListener((obs, old, value) -> followSpan());
        filters.spanLastYearProperty().addListener((obs, old, value) -> followSpan());
        windowLabel.setId("window-label");
        windowLabel.getStyleClass().add("window-label");
        spanFirst.getStyleClass().add("muted");
        spanLast.getStyleClass().add("muted");

        undated.setId("undated");
        undated.selectedProperty().bindBidirectional(filters.includeUndatedProperty());

        filters.entityTypes().addListener((ListChangeListener<TypeToggle<EntityType>>) c -> rebuildEntityTypes());
        filters.relationshipTypes().addListener((ListChangeListener<TypeToggle<String>>) c -> rebuildRelationshipTypes());

        BorderPane spanLabels = new BorderPane();
        spanLabels.setLeft(spanFirst);
        spanLabels.setRight(spanLast);
        VBox time = new VBox(6, windowLabel, years, spanLabels, undated);
        time.disableProperty().bind(filters.datedProperty().not());

        Label hint = new Label("Ctrl-click a type to show only that type. Node size = number of connections.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        VBox content = new VBox(8,
                heading("Time"), time,
                heading("Entity types"), entityTypes,
                heading("Relationship types"), relationshipTypes,
                hint);
        content.getStyleClass().add("side-content");
        content.setPadding(new Insets(12, 14, 16, 14));
        root = new ScrollPane(content);
        root.setId("filters");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().addAll("side-panel", "filter-panel");
    }

    Node node() {
        return root;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-heading");
        return label;
    }

    private void rebuildEntityTypes() {
        entityTypes.getChildren().setAll(filters.entityTypes().stream()
                .map(t -> row("type-" + t.type().id(), t, TypeSwatch.of(t.type()),
                        () -> filters.showOnlyEntityType(t.type())))
                .toList());
    }

    private void rebuildRelationshipTypes() {
        relationshipTypes.getChildren().setAll(filters.relationshipTypes().stream()
                .map(t -> row("relationship-" + t.type(), t, null, () -> filters.showOnlyRelationshipType(t.type())))
                .toList());
    }

    private Node row(String id, TypeToggle<?> toggle, Node swatch, Runnable onlyThis) {
        CheckBox box = new CheckBox(toggle.label());
        box.setId(id);
        box.setGraphic(swatch);
        box.setMnemonicParsing(false);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(toggle.shownProperty());
        box.setTooltip(new Tooltip("Ctrl-click: show only " + toggle.label()));
        // The modifier-click replaces the ordinary toggle, so it is caught before the check box sees it.
        box.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.isShortcutDown()) {
                e.consume();
                onlyThis.run();
            }
        });
        box.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isShortcutDown()) {
                e.consume();
            }
        });
        Label count = new Label();
        count.getStyleClass().add("count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setText(toggle.countText());
        toggle.visibleProperty().addListener((obs, old, value) -> count.setText(toggle.countText()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, box, gap, count);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("type-row");
        return row;
    }

    private void followSpan() {
        following = true;
        try {
            int first = filters.spanFirstYearProperty().get();
            int last = filters.spanLastYearProperty().get();
            double max = Math.max(first + 1, last);
            if (first > years.getMax()) {
                years.setMax(max);
                years.setMin(first);
            } else {
                years.setMin(first);
                years.setMax(max);
            }
            spanFirst.setText(Integer.toString(first));
            spanLast.setText(Integer.toString(last));
        } finally {
            following = false;
        }
        followWindow();
    }

    private void followWindow() {
        following = true;
        try {
            int from = filters.window().firstYear();
            int to = filters.window().lastYear();
            // The slider keeps low ≤ high, so the end that moves away goes first.
            if (from > years.getHighValue()) {
                years.setHighValue(to);
                years.setLowValue(from);
            } else {
                years.setLowValue(from);
                years.setHighValue(to);
            }
            windowLabel.setText(filters.datedProperty().get() ? filters.window().inWords() : "No dates");
        } finally {
            following = false;
        }
    }

    private void sliderMoved() {
        if (following) {
            return;
        }
        filters.setWindow((int) Math.round(years.getLowValue()), (int) Math.round(years.getHighValue()));
    }
}

package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.Vocabulary;
import org.solidarityatlas.ui.text.Texts;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.solidarityatlas.model.EntityType;

/**
 * The left side panel: entity types (which double as the legend, with each type's colour and shape) and
 * relationship types; the time window is the timeline under the network. Ctrl-click on a type shows only it.
 */
final class FilterPanel {

    private final FilterViewModel filters;
    private final VBox entityTypes = new VBox();
    private final VBox relationshipTypes = new VBox();
    private final ScrollPane root;

    FilterPanel(FilterViewModel filters) {
        this.filters = filters;
        entityTypes.getStyleClass().add("type-list");
        relationshipTypes.getStyleClass().add("type-list");

        filters.entityTypes().addListener((ListChangeListener<TypeToggle<EntityType>>) c -> rebuildEntityTypes());
        filters.relationshipTypes().addListener((ListChangeListener<TypeToggle<String>>) c -> rebuildRelationshipTypes());

        Label hint = Texts.bind(new Label(), "filters.hint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        VBox content = new VBox(8,
                heading("filters.entityTypes"), entityTypes,
                heading("filters.relationshipTypes"), relationshipTypes,
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

    private static Label heading(String key) {
        Label label = Texts.bind(new Label(), key);
        label.getStyleClass().add("panel-heading");
        return label;
    }

    private void rebuildEntityTypes() {
        entityTypes.getChildren().setAll(filters.entityTypes().stream()
                .map(t -> row("type-" + t.type().id(), t, () -> Vocabulary.of(t.type()), TypeSwatch.of(t.type()),
                        () -> filters.showOnlyEntityType(t.type())))
                .toList());
    }

    private void rebuildRelationshipTypes() {
        relationshipTypes.getChildren().setAll(filters.relationshipTypes().stream()
                .map(t -> row("relationship-" + t.type(), t, () -> Vocabulary.relationship(t.type()), null,
                        () -> filters.showOnlyRelationshipType(t.type())))
                .toList());
    }

    private Node row(String id, TypeToggle<?> toggle, java.util.concurrent.Callable<String> label, Node swatch,
            Runnable onlyThis) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(Texts.binding(label));
        box.setId(id);
        box.setGraphic(swatch);
        box.setMnemonicParsing(false);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(toggle.shownProperty());
        box.setTooltip(new Tooltip());
        box.getTooltip().textProperty().bind(Texts.binding(() -> Texts.get("filters.onlyThis", label.call())));

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
}

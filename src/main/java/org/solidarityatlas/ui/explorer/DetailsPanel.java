package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.Texts;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.solidarityatlas.ui.explorer.DetailsViewModel.LinkItem;
import org.solidarityatlas.ui.explorer.DetailsViewModel.SourceItem;

/**
 * The right side panel: what is selected, in words, with its relationships as a list (choosing one selects the
 * entity at the other end), its sources (links open in the system browser) and the highlighted path.
 */
final class DetailsPanel {

    private final DetailsViewModel details;
    private final Consumer<String> openUrl;
    private final VBox sources = new VBox(4);
    private final ScrollPane root;
    private static final int MAX_LINK_ROWS = 12;
    /** A relationship of two short lines with the cell's padding: the room counted before the panel has a size. */
    private static final double LINK_ROW_HEIGHT = 44;
    /** The list's heading and the space around it, kept visible with the list when the panel is scrolled to it. */
    private static final double HEADING_ROOM = 28;

    DetailsPanel(DetailsViewModel details, Consumer<String> openUrl) {
        this.details = details;
        this.openUrl = openUrl;

        Label title = bound(details.titleProperty(), "details-title");
        title.setId("details-title");
        Label kind = bound(details.kindProperty(), "details-kind");
        kind.graphicProperty().bind(Bindings.createObjectBinding(() -> {
            var type = details.entityTypeProperty().get();
            return type == null ? null : TypeSwatch.of(type);
        }, details.entityTypeProperty()));
        Label dates = bound(details.datesProperty(), "details-dates");
        dates.setId("details-dates");
        Label aliases = bound(details.aliasesProperty(), "details-line");
        Label countries = bound(details.countriesProperty(), "details-line");
        Label description = bound(details.descriptionProperty(), "details-description");
        description.setId("details-description");
        Label aliasesHeading = heading("details.aliases", details.aliasesProperty());
        Label countriesHeading = heading("details.countries", details.countriesProperty());

        RowsTallList<LinkItem> links = linkList("details-links", details.links());
        Label linksHeading = Texts.bind(new Label(), "details.relationships");
        linksHeading.getStyleClass().add("panel-heading");
        linksHeading.visibleProperty().bind(Bindings.isNotEmpty(details.links()));
        linksHeading.managedProperty().bind(linksHeading.visibleProperty());
        links.visibleProperty().bind(linksHeading.visibleProperty());
        links.managedProperty().bind(linksHeading.visibleProperty());

        Label sourcesHeading = Texts.bind(new Label(), "details.sources");
        sourcesHeading.getStyleClass().add("panel-heading");
        sourcesHeading.visibleProperty().bind(Bindings.isNotEmpty(details.sources()));
        sourcesHeading.managedProperty().bind(sourcesHeading.visibleProperty());
        details.sources().addListener((ListChangeListener<SourceItem>) c -> rebuildSources());

        VBox selected = new VBox(6, kind, title, dates, aliasesHeading, aliases, countriesHeading, countries,
                description, linksHeading, links, sourcesHeading, sources);
        selected.visibleProperty().bind(details.showingProperty());
        selected.managedProperty().bind(details.showingProperty());

        RowsTallList<LinkItem> path = linkList("path-steps", details.pathSteps());
        Label pathHeading = Texts.bind(new Label(), "details.path");
        pathHeading.getStyleClass().add("panel-heading");
        VBox pathBox = new VBox(6, pathHeading, path);
        pathBox.visibleProperty().bind(Bindings.isNotEmpty(details.pathSteps()));
        pathBox.managedProperty().bind(pathBox.visibleProperty());

        Label empty = Texts.bind(new Label(), "details.empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(details.showingProperty().not());
        empty.managedProperty().bind(empty.visibleProperty());

        VBox content = new VBox(10, empty, pathBox, selected);
        content.setPadding(new Insets(12, 14, 16, 14));
        content.getStyleClass().add("side-content");
        root = new ScrollPane(content);
        root.setId("details");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().addAll("side-panel", "details-panel");
        root.viewportBoundsProperty().addListener((obs, old, bounds) -> {
            links.requestLayoutOfParent();
            path.requestLayoutOfParent();
        });
    }

    Node node() {
        return root;
    }

    private static Label bound(ReadOnlyStringProperty text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label heading(String key, ReadOnlyStringProperty shownWhenNotEmpty) {
        Label label = Texts.bind(new Label(), key);

        label.getStyleClass().add("small-heading");
        label.visibleProperty().bind(shownWhenNotEmpty.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private RowsTallList<LinkItem> linkList(String id, javafx.collections.ObservableList<LinkItem> items) {
        // As tall as its rows, up to a dozen and the panel's height less its heading: the panel itself scrolls,
        // so scrolled to the list, all of it that fits the panel shows, never squeezed to a few rows.
        RowsTallList<LinkItem> list = new RowsTallList<>(items, MAX_LINK_ROWS,
                () -> root == null || root.getViewportBounds().getHeight() <= 0 ? MAX_LINK_ROWS * LINK_ROW_HEIGHT
                        : Math.max(2 * LINK_ROW_HEIGHT, root.getViewportBounds().getHeight() - HEADING_ROOM));
        list.setId(id);
        list.getStyleClass().add("link-list");
        list.setCellFactory(view -> new LinkCell());
        items.addListener((ListChangeListener<LinkItem>) c -> list.requestLayoutOfParent());
        list.setOnMouseClicked(e -> activate(list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                activate(list);
            }
        });
        return list;
    }

    private void activate(ListView<LinkItem> list) {
        LinkItem item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            details.activate(item);
        }
    }

    private void rebuildSources() {
        sources.getChildren().setAll(details.sources().stream().map(this::sourceNode).toList());
    }

    private Node sourceNode(SourceItem source) {
        if (source.url().isPresent()) {
            Hyperlink link = new Hyperlink(source.title());
            link.setWrapText(true);
            link.getStyleClass().add("source-link");
            String url = source.url().get();
            link.setOnAction(e -> openUrl.accept(url));
            return link;
        }
        Label label = new Label(source.title());
        label.setWrapText(true);
        label.getStyleClass().add("source-text");
        return label;
    }

    /** A relationship line: what it is in words, with role and dates in smaller type under it. */
    private static final class LinkCell extends ListCell<LinkItem> {
        private final Label text = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, text, detail);

        LinkCell() {
            text.getStyleClass().add("link-text");
            detail.getStyleClass().add("link-detail");
            text.setWrapText(true);
            detail.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            // A zero preferred width lets the list fit its cells to its width and wrap them, never scroll sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LinkItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            text.setText(item.text());
            detail.setText(item.detail());
            detail.setVisible(!item.detail().isEmpty());
            detail.setManaged(!item.detail().isEmpty());
            setText(null);
            setGraphic(box);
        }
    }
}

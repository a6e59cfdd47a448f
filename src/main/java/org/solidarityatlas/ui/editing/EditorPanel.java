package org.solidarityatlas.ui.editing;

import org.solidarityatlas.ui.text.ChoiceText;
import org.solidarityatlas.ui.text.Texts;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * The details panel in Edit mode: every field of the selected entity or relationship, each date checked as it is
 * typed (the problem shows under the field, and Apply waits until there is none); for an entity also Connect to…,
 * Merge with… and Delete. Its texts stay here, in one place.
 */
final class EditorPanel {

    private final EditingViewModel model;
    private final VBox content = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(content);
    /** Apply and Delete stay above the fields, in sight however far the fields are scrolled. */
    private final HBox actions = new HBox(8);
    private final VBox top = new VBox(6, actions);
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(scroll);
    private final EntityPicker connectPicker;
    private final EntityPicker mergePicker;
    private final Label message = new Label();

    EditorPanel(EditingViewModel model) {
        this.model = model;
        connectPicker = new EntityPicker("connect", Texts.get("edit.connect.search"), model::dataset);
        mergePicker = new EntityPicker("merge", Texts.get("edit.merge.search"), model::dataset);
        // Room below the last section, so Connect to… and Merge with… can scroll up to the top to be used.
        content.setPadding(new Insets(12, 12, 240, 12));
        content.setId("editor");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        top.setPadding(new Insets(8, 12, 4, 12));
        root.setTop(top);
        message.setId("edit-message");
        message.setWrapText(true);
        message.getStyleClass().add("field-problem");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty());
    }

    Node node() {
        return root;
    }

    /** Shows the fields of whatever is selected now (nothing selected: a hint). */
    void show(Optional<Entity> entity, Optional<Relationship> relationship) {
        content.getChildren().clear();
        actions.getChildren().clear();
        top.getChildren().setAll(actions, message);
        if (entity.isPresent()) {
            showEntity(model.entityForm(entity.get()));
        } else if (relationship.isPresent()) {
            showRelationship(model.relationshipForm(relationship.get()));
        } else {
            Label hint = new Label(Texts.get("edit.hint"));
            hint.setWrapText(true);
            content.getChildren().add(hint);
        }
    }

    void focusConnect() {
        reveal(connectPicker.field());
        connectPicker.field().requestFocus();
    }

    void focusMerge() {
        reveal(mergePicker.field());
        mergePicker.field().requestFocus();
    }

    /** Scrolls the fields so that the node shows at the top (Connect to… and Merge with… sit below the fields). */
    private void reveal(Node node) {
        root.applyCss();
        root.layout();
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        double scrollable = content.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, y / scrollable));
    }

    private void showEntity(EntityForm form) {
        ComboBox<EntityType> type = new ComboBox<>();
        type.setId("edit-type");
        type.getItems().setAll(EntityType.values());
        type.setConverter(ChoiceText.of(EntityType::label));
        type.valueProperty().bindBidirectional(form.typeProperty());
        TextField name = field("edit-name", form.nameProperty());
        Button apply = button("edit-apply", Texts.get("edit.apply"), () -> model.applyEntity(form));
        apply.disableProperty().bind(form.validProperty().not());
        apply.setDefaultButton(true);
        content.getChildren().addAll(heading(Texts.get("edit.entity")), muted(Texts.get("edit.id", form.id())),
                label(Texts.get("edit.field.type")), type,
                label(Texts.get("edit.field.name")), name, problem("edit-name-problem", form.nameProblemProperty()),
                label(Texts.get("edit.field.aliases")), field("edit-aliases", form.aliasesProperty()),
                label(Texts.get("edit.field.countries")), field("edit-countries", form.countriesProperty()));
        dates(form);
        content.getChildren().addAll(label(Texts.get("edit.field.description")), area("edit-description", form.descriptionProperty()));
        sources(form);
        content.getChildren().addAll(label(Texts.get("edit.field.tags")), field("edit-tags", form.tagsProperty()));
        actions.getChildren().setAll(apply, button("edit-delete", Texts.get("edit.deleteAsk"), () -> model.deleteEntity(form.id())));
        connectSection(form.id());
        mergeSection(form.id());
    }

    private void showRelationship(RelationshipForm form) {
        ComboBox<String> type = new ComboBox<>();
        type.setId("edit-relationship-type");
        type.setEditable(true);
        type.getItems().setAll(model.dataset().relationships().stream().map(Relationship::type).distinct().sorted()
                .toList());
        type.getEditor().textProperty().bindBidirectional(form.typeProperty());
        Button apply = button("edit-apply", Texts.get("edit.apply"), () -> model.applyRelationship(form));
        apply.disableProperty().bind(form.validProperty().not());
        apply.setDefaultButton(true);
        Relationship shown = model.dataset().relationships().stream().filter(r -> r.id().equals(form.id()))
                .findFirst().orElseThrow();
        content.getChildren().addAll(heading(Texts.get("edit.relationship")), muted(model.describe(shown)),
                label(Texts.get("edit.field.relationshipType")), type,
                problem("edit-type-problem", form.typeProblemProperty()),
                label(Texts.get("edit.field.role")), field("edit-role", form.roleProperty()));
        dates(form);
        content.getChildren().addAll(label(Texts.get("edit.field.description")), area("edit-description", form.descriptionProperty()));
        sources(form);
        actions.getChildren().setAll(apply,
                button("edit-delete", Texts.get("edit.delete"), () -> model.deleteRelationship(form.id())));
    }

    private void dates(ItemFields form) {
        content.getChildren().addAll(label(Texts.get("edit.field.start")),
                field("edit-start", form.start().textProperty()),
                problem("edit-start-problem", form.start().problemProperty()),
                label(Texts.get("edit.field.end")), field("edit-end", form.end().textProperty()),
                problem("edit-end-problem", form.end().problemProperty()));
    }

    /** The cited sources as removable chips, a choice of the dataset's sources, and a new source on the spot. */
    private void sources(ItemFields form) {
        FlowPane cited = new FlowPane(6, 6);
        cited.setId("edit-sources");
        cited.setPrefWrapLength(200);
        cited.setMinWidth(0);
        Runnable redraw = () -> cited.getChildren().setAll(form.sources().stream().map(id -> {
            Button chip = new Button(titleOf(form, id) + "  ×");
            chip.getStyleClass().add("source-chip");
            chip.setMinWidth(0);
            chip.setMaxWidth(260);
            chip.setOnAction(e -> form.sources().remove(id));
            return (Node) chip;
        }).toList());
        form.sources().addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        ComboBox<Source> pick = new ComboBox<>(form.availableSources());
        pick.setId("edit-source-pick");
        pick.setPromptText(Texts.get("edit.source.pick"));
        pick.setPrefWidth(220);
        pick.setMinWidth(0);
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.setConverter(ChoiceText.of(Source::title));
        pick.setOnAction(e -> {
            Source chosen = pick.getValue();
            if (chosen != null && !form.sources().contains(chosen.id())) {
                form.sources().add(chosen.id());
            }
        });
        TextField title = new TextField();
        title.setId("edit-new-source-title");
        title.setPromptText(Texts.get("edit.source.title"));
        TextField url = new TextField();
        url.setId("edit-new-source-url");
        url.setPromptText(Texts.get("edit.source.url"));
        Label sourceProblem = new Label();
        sourceProblem.getStyleClass().add("field-problem");
        Button add = button("edit-new-source-add", Texts.get("edit.source.add"), () -> {
            Optional<String> problem = form.addSource(title.getText(), url.getText());
            sourceProblem.setText(problem.orElse(""));
            if (problem.isEmpty()) {
                title.clear();
                url.clear();
            }
        });
        HBox.setHgrow(url, Priority.ALWAYS);
        content.getChildren().addAll(label(Texts.get("edit.field.sources")), cited, pick, title, new HBox(6, url, add), sourceProblem);
    }

    private static String titleOf(ItemFields form, String id) {
        return form.availableSources().stream().filter(s -> s.id().equals(id)).map(Source::title).findFirst()
                .orElse(id);
    }

    private void connectSection(String entityId) {
        connectPicker.reset(entityId);
        ComboBox<String> type = new ComboBox<>();
        type.setId("connect-type");
        type.setEditable(true);
        type.setPromptText(Texts.get("edit.connect.type"));
        type.getItems().setAll(model.dataset().relationships().stream().map(Relationship::type).distinct()
                .sorted().toList());
        Button connect = button("connect-button", Texts.get("edit.connect"), () -> connectPicker.chosen()
                .ifPresent(other -> model.connect(entityId, other.id(), type.getEditor().getText())));
        content.getChildren().addAll(heading(Texts.get("edit.connect.heading")), connectPicker.node(new HBox(8, type, connect)));
    }

    private void mergeSection(String entityId) {
        mergePicker.reset(entityId);
        Button merge = button("merge-button", Texts.get("edit.merge"), () -> mergePicker.chosen()
                .ifPresent(other -> model.merge(entityId, other.id())));
        Label note = muted(Texts.get("edit.merge.note"));
        content.getChildren().addAll(heading(Texts.get("edit.merge.heading")), mergePicker.node(new VBox(4, note, merge)));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-heading");
        return label;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    private static Label problem(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TextArea area(String id, StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setPrefColumnCount(16);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}

package org.solidarityatlas.ui.editing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;

/**
 * Picks another entity by typing part of its name or an alias (case and accents ignored): a search field over
 * the dataset in memory, so it answers as fast as one types, with the matches below it.
 */
final class EntityPicker {

    private static final int SHOWN = 8;

    private final TextField search = new TextField();
    private final ListView<Entity> matches = new ListView<>();
    private final VBox node = new VBox(4);
    private final Supplier<Dataset> dataset;
    private String excluded = "";

    EntityPicker(String id, String prompt, Supplier<Dataset> dataset) {
        this.dataset = dataset;
        search.setId(id + "-search");
        search.setPromptText(prompt);
        search.setPrefColumnCount(10);
        matches.setId(id + "-results");
        matches.setPrefHeight(4 * 26);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Entity entity, boolean empty) {
                super.updateItem(entity, empty);
                setText(empty || entity == null ? null : entity.name() + "  ·  " + entity.type().label());
            }
        });
        search.textProperty().addListener((o, a, text) -> refresh(text));
    }

    /** Starts over for another entity, which is never offered. */
    void reset(String excludedId) {
        excluded = excludedId;
        search.clear();
        matches.getItems().clear();
    }

    private void refresh(String text) {
        String wanted = folded(text);
        if (wanted.isEmpty()) {
            matches.getItems().clear();
            return;
        }
        matches.getItems().setAll(dataset.get().entities().stream()
                .filter(e -> !e.id().equals(excluded))
                .filter(e -> folded(e.name()).contains(wanted)
                        || e.aliases().stream().anyMatch(a -> folded(a).contains(wanted)))
                .limit(SHOWN).toList());
        if (!matches.getItems().isEmpty()) {
            matches.getSelectionModel().selectFirst();
        }
    }

    private static String folded(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    Optional<Entity> chosen() {
        return Optional.ofNullable(matches.getSelectionModel().getSelectedItem());
    }

    TextField field() {
        return search;
    }

    /** The search field, then {@code between} (the action the pick is for, in sight while typing), then the matches. */
    VBox node(Node between) {
        node.getChildren().setAll(search, between, matches);
        return node;
    }
}

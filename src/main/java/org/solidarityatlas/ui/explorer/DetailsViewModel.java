package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.DatesInWords;
import org.solidarityatlas.ui.text.Vocabulary;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.graph.LoadedGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * The details panel's content for the selection, in words: name, kind, aliases, countries, dates, description,
 * sources and the relationships as a list whose items lead to the entity at the other end. Built from the
 * loaded dataset, which already holds everything the panel shows.
 */
public final class DetailsViewModel {

    /** A source as the panel lists it; {@code url} is empty when the source has none. */
    public record SourceItem(String title, Optional<String> url) {
    }

    /** One line of the relationship list; activating it selects {@code targetEntityId}. */
    public record LinkItem(String text, String detail, String relationshipId, String targetEntityId) {
    }

    private final SelectionViewModel selection;
    private final javafx.beans.InvalidationListener languageWatch;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EntityType> entityType = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper aliases = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countries = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ObservableList<SourceItem> sources = FXCollections.observableArrayList();
    private final ObservableList<SourceItem> sourcesView =
            FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<LinkItem> links = FXCollections.observableArrayList();
    private final ObservableList<LinkItem> linksView =
            FXCollections.unmodifiableObservableList(links);
    private final ObservableList<LinkItem> pathSteps = FXCollections.observableArrayList();
    private final ObservableList<LinkItem> pathStepsView =
            FXCollections.unmodifiableObservableList(pathSteps);

    private LoadedGraph graph;

    public DetailsViewModel(SelectionViewModel selection) {
        this.selection = selection;
        selection.selectedEntityProperty().addListener((obs, old, value) -> refresh());
        selection.selectedRelationshipProperty().addListener((obs, old, value) -> refresh());
        selection.pathProperty().addListener((obs, old, value) -> refreshPath(value));
        languageWatch = Texts.onChange(() -> {
            refresh();
            refreshPath(selection.pathProperty().get());
        });
    }

    public void load(LoadedGraph loaded) {
        graph = loaded;
        refresh();
    }

    /** Follows a line of the relationship or path list: its other end becomes the selection. */
    public void activate(LinkItem link) {
        selection.selectEntity(link.targetEntityId());
    }

    private void refresh() {
        Entity entity = selection.selectedEntityProperty().get();
        Relationship relationship = selection.selectedRelationshipProperty().get();
        if (graph != null && entity != null) {
            showEntity(entity);
        } else if (graph != null && relationship != null) {
            showRelationship(relationship);
        } else {
            showing.set(false);
            entityType.set(null);
            title.set("");
            kind.set("");
            aliases.set("");
            countries.set("");
            dates.set("");
            description.set("");
            sources.clear();
            links.clear();
        }
    }

    private void showEntity(Entity entity) {
        title.set(Translated.name(entity));
        entityType.set(entity.type());
        kind.set(Vocabulary.of(entity.type()));
        aliases.set(String.join(", ", Translated.aliases(entity)));
        countries.set(String.join(", ", entity.countries()));
        dates.set(DatesInWords.of(entity.lifespan()));
        description.set(text(Translated.description(entity)));
        sources.setAll(sourceItems(entity.sources()));
        List<LinkItem> items = new ArrayList<>();
        for (Relationship r : graph.relationshipsOf(entity.id())) {
            String otherId = r.otherEnd(entity.id());
            String other = graph.entity(otherId).map(Translated::name).orElse(otherId);
            boolean outgoing = r.from().equals(entity.id());
            // The verb first in both directions keeps the list easy to scan; the arrow shows which way it points.
            String text = Vocabulary.relationship(r.type()) + (outgoing ? " → " : " ← ") + other;
            items.add(new LinkItem(text, linkDetail(r), r.id(), otherId));
        }
        links.setAll(items);
        showing.set(true);
    }

    private void showRelationship(Relationship r) {
        String from = graph.entity(r.from()).map(Translated::name).orElse(r.from());
        String to = graph.entity(r.to()).map(Translated::name).orElse(r.to());
        title.set(from + " → " + to);
        entityType.set(null);
        kind.set(capitalised(Vocabulary.relationship(r.type())));
        aliases.set("");
        countries.set("");
        dates.set(DatesInWords.of(r.lifespan()));
        String role = text(Translated.role(r));
        String about = text(Translated.description(r));
        description.set(role.isEmpty() ? about
                : about.isEmpty() ? Texts.get("details.role", role) : Texts.get("details.roleAnd", role, about));
        sources.setAll(sourceItems(r.sources()));
        links.setAll(List.of(
                new LinkItem(Texts.get("details.from", from), "", r.id(), r.from()),
                new LinkItem(Texts.get("details.to", to), "", r.id(), r.to())));
        showing.set(true);
    }

    private void refreshPath(GraphPath path) {
        if (path == null) {
            pathSteps.clear();
            return;
        }
        List<LinkItem> items = new ArrayList<>();
        for (int i = 0; i < path.entities().size(); i++) {
            Entity e = path.entities().get(i);
            String via = i == 0 ? "" : Texts.get("details.via",
                    Vocabulary.relationship(path.relationships().get(i - 1).type()));
            String relationshipId = i == 0 ? "" : path.relationships().get(i - 1).id();
            items.add(new LinkItem((i + 1) + ". " + Translated.name(e), via, relationshipId, e.id()));
        }
        pathSteps.setAll(items);
    }

    private String linkDetail(Relationship r) {
        String when = r.lifespan().isDated() ? DatesInWords.of(r.lifespan()) : "";
        String role = text(Translated.role(r));

        if (role.isEmpty()) {
            return when;
        }
        return when.isEmpty() ? role : role + ", " + when;
    }

    private List<SourceItem> sourceItems(List<String> ids) {
        List<SourceItem> items = new ArrayList<>();
        for (String id : ids) {
            Optional<Source> source = graph.source(id);
            items.add(source
                    .map(s -> new SourceItem(Translated.title(s), Optional.ofNullable(s.url()).filter(u -> !u.isBlank())))
                    .orElse(new SourceItem(id, Optional.empty())));
        }
        return items;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** True when something is selected and the panel has content. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Union", or the relationship type in words. */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The selected entity's type; null for a relationship or nothing. */
    public ReadOnlyObjectProperty<EntityType> entityTypeProperty() {
        return entityType.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty aliasesProperty() {
        return aliases.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countriesProperty() {
        return countries.getReadOnlyProperty();
    }

    /** "1992 – present", "March 2019". */
    public ReadOnlyStringProperty datesProperty() {
        return dates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ObservableList<SourceItem> sources() {
        return sourcesView;
    }

    public ObservableList<LinkItem> links() {
        return linksView;
    }

    /** The highlighted shortest path, one line per entity; empty when there is none. */
    public ObservableList<LinkItem> pathSteps() {
        return pathStepsView;
    }
}

package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.graph.Focus;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.ui.tasks.LatestRequest;
import org.solidarityatlas.ui.tasks.TaskExecutor;
import org.solidarityatlas.ui.tasks.TaskHandle;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.store.GraphStore;

/**
 * What is selected (an entity or a relationship) and what is highlighted around it: its neighbourhood, or a
 * shortest path between two entities. Also search suggestions, the focus on a neighbourhood, and revealing a
 * selected entity the filters hide. Database queries go through the {@link TaskExecutor}.
 */
public final class SelectionViewModel {

    public static final int SUGGESTION_LIMIT = 10;
    public static final int MAX_FOCUS_DEPTH = 3;

    private final FilterViewModel filters;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<Entity> selectedEntity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Relationship> selectedRelationship = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<String>> highlightedEntities = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Set<String>> highlightedRelationships = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyBooleanWrapper hiddenByFilters = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper pathPartlyHidden = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<VisibleItems> pathOutsideFilters = new ReadOnlyObjectWrapper<>(
            VisibleItems.NOTHING);
    private final ReadOnlyObjectWrapper<Entity> pathStart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GraphPath> path = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** How the message shown was made, so that a newly chosen language can say it again. */
    private Supplier<String> said = () -> "";
    private final javafx.beans.InvalidationListener languageWatch = Texts.onChange(() -> {
        if (!message.get().isEmpty()) {
            message.set(said.get());
        }
    });
    private final IntegerProperty focusDepth = new SimpleIntegerProperty(1);
    private final ObservableList<SearchHit> suggestions = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> suggestionsView =
            FXCollections.unmodifiableObservableList(suggestions);

    private LoadedGraph graph;
    /** The store as the background work finds it: it may still be opening when a query is asked for. */
    private Supplier<GraphStore> store;
    private Consumer<String> onError = text -> { };
    private BiConsumer<String, Runnable> outsideWindow = (id, then) -> { };
    private Consumer<GraphPath> pathFound = found -> { };
    /** Only the answer to the latest search and the latest path is shown; earlier ones may arrive late. */
    private final LatestRequest search = new LatestRequest();
    private final LatestRequest pathRequest = new LatestRequest();

    public SelectionViewModel(FilterViewModel filters, TaskExecutor executor) {
        this.filters = filters;
        this.executor = executor;
        filters.visibleProperty().addListener((obs, old, value) -> updateHidden());
        path.addListener((obs, old, value) -> updateHidden());
    }

    /** A new dataset: nothing selected. */
    public void load(LoadedGraph loaded, Supplier<GraphStore> graphStore) {
        search.cancel();
        graph = loaded;
        store = graphStore;
        clear();
        suggestions.clear();
    }

    /** The same dataset after an edit: what is selected stays selected (as edited) unless the edit removed it. */
    public void reload(LoadedGraph loaded) {
        Optional<String> entityId = selectedEntity().map(Entity::id);
        Optional<String> relationshipId = selectedRelationship().map(Relationship::id);
        search.cancel();
        graph = loaded;
        clear();
        if (entityId.isPresent()) {
            selectEntity(entityId.get());
        } else {
            relationshipId.ifPresent(this::selectRelationship);
        }
    }

    /**
     * A new window of the same dataset (a server's, drawn for other filters): the selection, highlight and path
     * stay.
     */
    public void showWindow(LoadedGraph window) {
        graph = window;
        updateHidden();
    }

    /**
     * What to do with an entity to select that the graph in memory lacks, because it holds only a window of the
     * dataset: bring it in and then select it again. Nothing by default.
     */
    public void setOnOutsideWindow(BiConsumer<String, Runnable> bringIn) {
        outsideWindow = bringIn;
    }

    /** Told each path found, so that a window can keep its entities and relationships. */
    public void setOnPathFound(Consumer<GraphPath> handler) {
        pathFound = handler;
    }

    /** Where one-line messages of failed queries go (a notification in the window). */
    public void setOnError(Consumer<String> handler) {
        onError = handler;
    }

    /**
     * Selects an entity and highlights its neighbourhood; when a path was started from another entity, the
     * shortest path to this one is looked up and highlighted instead.
     */
    public void selectEntity(String entityId) {
        if (graph == null) {
            return;
        }
        Optional<Entity> found = graph.entity(entityId);
        if (found.isEmpty()) {
            if (graph.isWindow()) {
                outsideWindow.accept(entityId, () -> {
                    if (graph.entity(entityId).isPresent()) {
                        selectEntity(entityId);
                    }
                });
            }
            return;
        }
        Entity entity = found.get();
        pathRequest.cancel();
        selectedRelationship.set(null);
        selectedEntity.set(entity);
        path.set(null);
        updateHidden();
        Entity start = pathStart.get();
        if (start != null && !start.id().equals(entityId)) {
            findPath(start, entity);
            return;
        }
        Set<String> entities = new HashSet<>();
        Set<String> relationships = new HashSet<>();
        entities.add(entityId);
        for (Relationship r : graph.relationshipsOf(entityId)) {
            relationships.add(r.id());
            entities.add(r.otherEnd(entityId));
        }
        highlight(entities, relationships);
        say(() -> start == null ? "" : Texts.get("path.pickAnother", Translated.shortLabel(start)));
    }

    public void selectRelationship(String relationshipId) {
        if (graph == null) {
            return;
        }
        graph.relationship(relationshipId).ifPresent(r -> {
            pathRequest.cancel();
            selectedEntity.set(null);
            selectedRelationship.set(r);
            path.set(null);
            pathStart.set(null);
            message.set("");
            updateHidden();
            highlight(Set.of(r.from(), r.to()), Set.of(r.id()));
        });
    }

    /** Escape: no selection, no highlight, no path. */
    public void clear() {
        pathRequest.cancel();
        selectedEntity.set(null);
        selectedRelationship.set(null);
        pathStart.set(null);
        path.set(null);
        message.set("");
        highlight(Set.of(), Set.of());
        updateHidden();
    }

    /** Starts "how is A connected to B?" from the selected entity; the next entity selected is B. */
    public void startPathFromSelection() {
        Entity entity = selectedEntity.get();
        if (entity == null) {
            say(() -> Texts.get("path.selectFirst"));
            return;
        }
        pathStart.set(entity);
        path.set(null);
        say(() -> Texts.get("path.pickAnother", Translated.shortLabel(entity)));
    }

    /**
     * Looks up the shortest path between two entities and highlights it; a later selection or dataset drops the
     * answer if it has not come yet.
     */
    public TaskHandle findPath(Entity from, Entity to) {
        Supplier<GraphStore> current = store;
        return pathRequest.start(() -> executor.submit(() -> current.get().shortestPath(from.id(), to.id()), found -> {
            pathStart.set(null);
            if (found.isEmpty()) {
                path.set(null);
                highlight(Set.of(from.id(), to.id()), Set.of());
                say(() -> Texts.get("path.none", Translated.shortLabel(from), Translated.shortLabel(to)));
                return;
            }
            GraphPath p = found.get();
            pathFound.accept(p);
            path.set(p);
            highlight(ids(p.entities().stream().map(Entity::id).toList()),
                    ids(p.relationships().stream().map(Relationship::id).toList()));
            say(() -> Texts.get("path.found", Translated.shortLabel(from), Translated.shortLabel(to), p.length()));
        }, this::failed));
    }

    /** Shows only the selected entity and its neighbours to the focus depth, in memory (as a story step would). */
    public void focusOnSelection() {
        Entity entity = selectedEntity.get();
        if (entity == null) {
            say(() -> Texts.get("focus.selectFirst"));
            return;
        }
        int depth = Math.max(1, Math.min(MAX_FOCUS_DEPTH, focusDepth.get()));
        filters.focusOn(new Focus(List.of(entity.id()), depth));
        say(() -> Texts.get("focus.on", Translated.shortLabel(entity), depth));
    }

    public void showAll() {
        filters.showAll();
        message.set("");
    }

    /** Asks the store for entities matching the text; an empty text clears the suggestions. */
    public void suggest(String text) {
        search.cancel();
        if (text == null || text.isBlank() || store == null) {
            suggestions.clear();
            return;
        }
        Supplier<GraphStore> current = store;
        search.start(() -> executor.submit(() -> current.get().search(text.strip(), SUGGESTION_LIMIT),
                suggestions::setAll, this::failed));
    }

    /** Changes the filters just enough for the whole path to show. */
    public void revealPath() {
        GraphPath p = path.get();
        if (p != null) {
            filters.revealPath(p.entities().stream().map(Entity::id).toList(),
                    p.relationships().stream().map(Relationship::id).toList());
        }
    }

    /** The members of the shown path that the filters hide: the window draws them anyway, dimmed and marked. */
    public ReadOnlyObjectProperty<VisibleItems> pathOutsideFiltersProperty() {
        return pathOutsideFilters.getReadOnlyProperty();
    }

    /** True while a path is shown that the filters hide part of. */
    public ReadOnlyBooleanProperty pathPartlyHiddenProperty() {
        return pathPartlyHidden.getReadOnlyProperty();
    }

    /** Changes the filters just enough for the selected entity to show. */
    public void revealSelected() {
        Entity entity = selectedEntity.get();
        if (entity != null) {
            filters.reveal(entity.id());
        }
    }

    private void highlight(Set<String> entities, Set<String> relationships) {
        highlightedEntities.set(Set.copyOf(entities));
        highlightedRelationships.set(Set.copyOf(relationships));
    }

    private void updateHidden() {
        Entity entity = selectedEntity.get();
        hiddenByFilters.set(entity != null && !filters.visible().entityIds().contains(entity.id()));
        GraphPath p = path.get();
        VisibleItems outside = VisibleItems.NOTHING;
        if (p != null) {
            outside = new VisibleItems(
                    p.entities().stream().map(Entity::id)
                            .filter(id -> !filters.visible().entityIds().contains(id)).collect(Collectors.toSet()),
                    p.relationships().stream().map(Relationship::id)
                            .filter(id -> !filters.visible().relationshipIds().contains(id))
                            .collect(Collectors.toSet()));
        }
        if (!outside.equals(pathOutsideFilters.get())) {
            pathOutsideFilters.set(outside);
        }
        pathPartlyHidden.set(!outside.entityIds().isEmpty() || !outside.relationshipIds().isEmpty());
    }

    private void say(Supplier<String> text) {
        said = text;
        message.set(text.get());
    }

    private void failed(Exception e) {

        onError.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static Set<String> ids(List<String> values) {
        return new HashSet<>(values);
    }

    public ReadOnlyObjectProperty<Entity> selectedEntityProperty() {
        return selectedEntity.getReadOnlyProperty();
    }

    public Optional<Entity> selectedEntity() {
        return Optional.ofNullable(selectedEntity.get());
    }

    public ReadOnlyObjectProperty<Relationship> selectedRelationshipProperty() {
        return selectedRelationship.getReadOnlyProperty();
    }

    public Optional<Relationship> selectedRelationship() {
        return Optional.ofNullable(selectedRelationship.get());
    }

    public ReadOnlyObjectProperty<Set<String>> highlightedEntitiesProperty() {
        return highlightedEntities.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<String>> highlightedRelationshipsProperty() {
        return highlightedRelationships.getReadOnlyProperty();
    }

    /** True when the selected entity is hidden by the filters (offer to reveal it). */
    public ReadOnlyBooleanProperty hiddenByFiltersProperty() {
        return hiddenByFilters.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Entity> pathStartProperty() {
        return pathStart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphPath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public Optional<GraphPath> path() {
        return Optional.ofNullable(path.get());
    }

    /** A one-line hint or result: "Pick another entity…", "No connection between A and B". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How far "focus" reaches: 1 to 3 relationships. */
    public IntegerProperty focusDepthProperty() {
        return focusDepth;
    }

    public ObservableList<SearchHit> suggestions() {
        return suggestionsView;
    }
}

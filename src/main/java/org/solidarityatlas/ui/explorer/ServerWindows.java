package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.Texts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.solidarityatlas.graph.Focus;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.DatasetSummary;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.GraphPath;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.store.DrawnWindow;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.StoreException;
import org.solidarityatlas.ui.tasks.LatestRequest;
import org.solidarityatlas.ui.tasks.TaskExecutor;

/**
 * The explorer on a server's dataset, which may be far bigger than a laptop holds: only what the filters draw is
 * loaded (at most the drawing cap, chosen on the server), and it is asked for again, off the JavaFX thread,
 * whenever the filters, the time window or the focus change; a newer change drops the answer to an older one.
 * A focus is a neighbourhood walked on the server. Entities a search or a path brings in from outside the window
 * are pinned: kept in every later window, so that what is selected stays selectable.
 */
final class ServerWindows {

    /** What a window was drawn for: the filters and the focus. */
    record Key(GraphFilter filter, Optional<Focus> focus) {
    }

    /** A window ready to show, the key it was drawn for, and how many entities the filters admit on the server. */
    record Window(LoadedGraph graph, Key key, int admitted) {
    }

    private final FilterViewModel filters;
    private final SelectionViewModel selection;
    private final DetailsViewModel details;
    private final TaskExecutor executor;
    private final Consumer<String> onError;
    private final LatestRequest request = new LatestRequest();

    /** The store the windows come from; null while the explorer shows a dataset held whole in memory. */
    private Supplier<GraphStore> store;
    private Window shown;
    private final Map<String, Entity> pinnedEntities = new LinkedHashMap<>();
    private final Map<String, Relationship> pinnedRelationships = new LinkedHashMap<>();

    ServerWindows(FilterViewModel filters, SelectionViewModel selection, DetailsViewModel details,
            TaskExecutor executor, Consumer<String> onError) {
        this.filters = filters;
        this.selection = selection;
        this.details = details;
        this.executor = executor;
        this.onError = onError;
        filters.filterProperty().addListener((property, was, now) -> follow());
        filters.focusProperty().addListener((property, was, now) -> follow());
    }

    /**
     * The first window of the store's dataset, as the filters start: every type, the whole span, undated items
     * shown, no focus. Runs on the background thread.
     */
    static Window first(GraphStore store, int maxDrawn) {
        Dataset outline = store.outline()
                .orElseThrow(() -> new StoreException("no Solidarity Atlas dataset is stored on " + store.location()));
        DatasetSummary summary = store.summary();
        LoadedGraph.Whole whole = new LoadedGraph.Whole(summary.entitiesByType(), summary.relationshipsByType(),
                store.span());
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        summary.entitiesByType().forEach((type, count) -> {
            if (count > 0) {
                types.add(type);
            }
        });
        Key key = new Key(FilterViewModel.startingFilter(types, whole.span()), Optional.empty());
        DrawnWindow drawn = store.drawnWindow(key.filter(), maxDrawn);
        return new Window(LoadedGraph.window(outline.withItems(drawn.drawn().entities(),
                drawn.drawn().relationships()), whole), key, drawn.visibleEntities());
    }

    /** From now on the windows come from this store; {@code first} is showing. Nothing is pinned yet. */
    void start(Supplier<GraphStore> windowsStore, Window first) {
        request.cancel();
        store = windowsStore;
        shown = first;
        pinnedEntities.clear();
        pinnedRelationships.clear();
    }

    /** A dataset held whole in memory shows: no more windows. */
    void stop() {
        request.cancel();
        store = null;
        shown = null;
    }

    boolean isActive() {
        return store != null;
    }

    /** Asks for the window of the filters as they are now, unless it is the one shown. */
    private void follow() {
        if (store == null) {
            return;
        }
        Key wanted = new Key(filters.filter(), filters.focusProperty().get());
        if (wanted.equals(shown.key())) {
            // Back where the shown window was drawn (or a passing state while several filters changed at once).
            request.cancel();
            return;
        }
        Supplier<GraphStore> current = store;
        Window base = shown;
        int maxDrawn = filters.maxDrawn();
        Pinned pinned = pinned();
        request.start(() -> executor.submit(() -> {
            DrawnWindow drawn = wanted.focus().isPresent()
                    ? current.get().neighbourhood(wanted.filter(), wanted.focus().get().centre(),
                            wanted.focus().get().depth(), maxDrawn)
                    : current.get().drawnWindow(wanted.filter(), maxDrawn);
            return new Window(pinned.addedTo(base.graph(), drawn.drawn().entities(),
                    drawn.drawn().relationships()), wanted, drawn.visibleEntities());
        }, this::show, failure -> onError.accept(Texts.get("server.windowFailed",
                ExplorerViewModel.oneLine(failure)))));

    }

    /**
     * Brings an entity the window lacks (a search hit, a link's other end) into it, pinned, then runs
     * {@code then}; an id the server does not know brings nothing.
     */
    void bringIn(String entityId, Runnable then) {
        if (store == null) {
            return;
        }
        Supplier<GraphStore> current = store;
        executor.submit(() -> current.get().details(entityId), found -> found.ifPresent(entity -> {
            pin(List.of(entity.entity()), List.of(), then);
        }), failure -> onError.accept(ExplorerViewModel.oneLine(failure)));
    }

    /** Keeps a path's entities and relationships in this and every later window, so it can be shown whole. */
    void pinPath(GraphPath path) {
        if (store != null) {
            pin(path.entities(), path.relationships(), () -> { });
        }
    }

    private void pin(List<Entity> entities, List<Relationship> relationships, Runnable then) {
        entities.forEach(entity -> pinnedEntities.put(entity.id(), entity));
        relationships.forEach(relationship -> pinnedRelationships.put(relationship.id(), relationship));
        Window base = shown;
        Pinned pinned = pinned();
        executor.submit(() -> new Window(pinned.addedTo(base.graph(), base.graph().entities(),
                base.graph().relationships()), base.key(), base.admitted()), window -> {
                    if (store != null && shown == base) {
                        show(window);
                    }
                    then.run();
                }, failure -> onError.accept(ExplorerViewModel.oneLine(failure)));
    }

    /** A copy of what is pinned, for the background thread. */
    private Pinned pinned() {
        return new Pinned(List.copyOf(pinnedEntities.values()), List.copyOf(pinnedRelationships.values()));
    }

    private record Pinned(List<Entity> entities, List<Relationship> relationships) {

        /** The drawn items with the pinned ones added, as a window of the same whole as {@code base}. */
        LoadedGraph addedTo(LoadedGraph base, List<Entity> drawnEntities, List<Relationship> drawnRelationships) {
            Map<String, Entity> allEntities = new LinkedHashMap<>();
            drawnEntities.forEach(entity -> allEntities.put(entity.id(), entity));
            entities.forEach(entity -> allEntities.putIfAbsent(entity.id(), entity));
            Map<String, Relationship> allRelationships = new LinkedHashMap<>();
            drawnRelationships.forEach(relationship -> allRelationships.put(relationship.id(), relationship));
            relationships.forEach(relationship -> allRelationships.putIfAbsent(relationship.id(), relationship));
            return base.sameWhole(base.dataset().withItems(new ArrayList<>(allEntities.values()),
                    new ArrayList<>(allRelationships.values())));
        }
    }

    private void show(Window window) {
        if (store == null) {
            return;
        }
        shown = window;
        selection.showWindow(window.graph());
        details.load(window.graph());
        filters.showWindow(window.graph(), window.admitted());
    }
}

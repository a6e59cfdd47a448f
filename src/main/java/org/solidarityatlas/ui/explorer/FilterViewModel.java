package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.DatesInWords;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.graph.Focus;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleSet;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.TimeWindow;

/**
 * The filter panel's state: which entity and relationship types show, the time window in whole years, whether
 * undated items show, and an optional focus (only some entities). Every change recomputes the visible set in
 * memory from the {@link LoadedGraph} and publishes it, with counts per type and the status line.
 */
public final class FilterViewModel {

    private final ObservableList<TypeToggle<EntityType>> entityTypes = FXCollections.observableArrayList();
    private final ObservableList<TypeToggle<EntityType>> entityTypesView =
            FXCollections.unmodifiableObservableList(entityTypes);
    private final ObservableList<TypeToggle<String>> relationshipTypes = FXCollections.observableArrayList();
    private final ObservableList<TypeToggle<String>> relationshipTypesView =
            FXCollections.unmodifiableObservableList(relationshipTypes);
    private final ReadOnlyBooleanWrapper dated = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper spanFirstYear = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper spanLastYear = new ReadOnlyIntegerWrapper();
    private final IntegerProperty fromYear = new SimpleIntegerProperty();
    private final IntegerProperty toYear = new SimpleIntegerProperty();
    private final BooleanProperty includeUndated = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Optional<Focus>> focus = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<VisibleSet> visible = new ReadOnlyObjectWrapper<>(VisibleSet.NOTHING);
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");
    /** The status line is said again in a newly chosen language. */
    private final javafx.beans.InvalidationListener languageWatch = Texts.onChange(() -> {
        if (this.graph != null) {
            statusLine.set(describe(visible.get()));

        }
    });
    private final ReadOnlyObjectWrapper<NetworkContents> contents = new ReadOnlyObjectWrapper<>(NetworkContents.NOTHING);

    private final ReadOnlyObjectWrapper<GraphFilter> currentFilter = new ReadOnlyObjectWrapper<>();
    private final int maxDrawn;
    private LoadedGraph graph;
    /** For a window of a server's dataset: how many entities the filters admit there (the window holds fewer). */
    private int admittedOnServer;
    /** The focus's entities under the current filter, or empty when there is no focus. */
    private Optional<Set<String>> focused = Optional.empty();
    /** Set while several properties change together, so the visible set is computed once. */
    private boolean batching;

    /** Draws at most {@code atlas.maxDrawn} entities (default {@link LoadedGraph#DEFAULT_MAX_DRAWN}). */
    public FilterViewModel() {
        this(maxDrawnFromSystemProperty());
    }

    /** Draws at most {@code maxDrawn} entities: the most connected of those the filters admit. */
    public FilterViewModel(int maxDrawn) {
        if (maxDrawn < 1) {
            throw new IllegalArgumentException("the drawing cap must be at least 1, not " + maxDrawn);
        }
        this.maxDrawn = maxDrawn;
        fromYear.addListener((obs, old, value) -> recompute());
        toYear.addListener((obs, old, value) -> recompute());
        includeUndated.addListener((obs, old, value) -> recompute());
    }

    /** {@code -Datlas.maxDrawn=N}; an unreadable or non-positive value falls back to the default. */
    static int maxDrawnFromSystemProperty() {
        String text = System.getProperty("atlas.maxDrawn");
        if (text == null) {
            return LoadedGraph.DEFAULT_MAX_DRAWN;
        }
        try {
            int value = Integer.parseInt(text.strip().replace("_", "").replace(",", ""));
            return value >= 1 ? value : LoadedGraph.DEFAULT_MAX_DRAWN;
        } catch (NumberFormatException e) {
            return LoadedGraph.DEFAULT_MAX_DRAWN;
        }
    }

    public int maxDrawn() {
        return maxDrawn;
    }

    /**
     * Computes what {@link #load} will show first, on any thread: on a big dataset that takes longer than the
     * JavaFX thread may be held, so it is done beside the loading and load then finds it ready. Returns it.
     */
    public VisibleSet prepare(LoadedGraph loaded) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        EnumSet.allOf(EntityType.class).stream().filter(t -> loaded.entityTotal(t) > 0).forEach(types::add);
        GraphFilter filter = startingFilter(types, loaded.span());
        VisibleSet first = loaded.visible(filter, Optional.empty(), maxDrawn);
        loaded.yearActivity(); // the timeline's histogram, computed here rather than on the JavaFX thread
        if (loaded.entities().size() > maxDrawn) {
            loaded.among(first.entityIds());
        }
        return first;
    }

    /**
     * Shows a new window of the same dataset (what a server drew for the filters as they are now), keeping the
     * filters, the time window and the focus. {@code admittedOnServer} is how many entities the filters admit in
     * the whole dataset, for the status line when the server's cap cut the window.
     */
    public void showWindow(LoadedGraph window, int admittedOnServer) {
        graph = window;
        this.admittedOnServer = admittedOnServer;
        recompute();
    }

    /** The filter {@link #load} starts with: these types, the whole span, undated items shown. */
    static GraphFilter startingFilter(Set<EntityType> types, Optional<TimeWindow> span) {
        GraphFilter filter = GraphFilter.everything().withEntityTypes(types).withIncludeUndated(true);
        if (span.isPresent()) {
            filter = filter.withWindow(windowOfYears(span.get().firstYear(), span.get().lastYear()));
        }
        return filter;
    }

    /** Starts over on a newly loaded dataset: every type shown, the window over the whole span, no focus. */
    public void load(LoadedGraph loaded) {
        load(loaded, loaded.entities().size());
    }

    /** As {@link #load(LoadedGraph)} for a window of a server's dataset: see {@link #showWindow}. */
    public void load(LoadedGraph loaded, int admittedOnServer) {
        this.admittedOnServer = admittedOnServer;
        batching = true;
        try {
            graph = loaded;
            entityTypes.setAll(toggles(loaded));
            relationshipTypes.setAll(loaded.relationshipTypes().stream()
                    .map(t -> watch(new TypeToggle<>(t, t.replace('_', ' '), loaded.relationshipTotal(t))))
                    .toList());
            dated.set(loaded.span().isPresent());
            int first = loaded.span().map(TimeWindow::firstYear).orElse(0);
            int last = loaded.span().map(TimeWindow::lastYear).orElse(0);
            spanFirstYear.set(first);
            spanLastYear.set(last);
            fromYear.set(first);
            toYear.set(last);
            includeUndated.set(true);
            focus.set(Optional.empty());
        } finally {
            batching = false;
        }
        recompute();
    }

    /**
     * The same dataset after an edit: the types and their counts and the span follow it, while what the user hid,
     * the focus and a narrowed time window stay (a window over the whole span grows with it).
     */
    public void reload(LoadedGraph loaded) {
        Map<EntityType, Boolean> entityShown = new HashMap<>();
        entityTypes.forEach(t -> entityShown.put(t.type(), t.isShown()));
        Map<String, Boolean> relationshipShown = new HashMap<>();
        relationshipTypes.forEach(t -> relationshipShown.put(t.type(), t.isShown()));
        boolean wholeSpan = !dated.get()
                || (fromYear.get() == spanFirstYear.get() && toYear.get() == spanLastYear.get());
        batching = true;
        try {
            graph = loaded;
            entityTypes.setAll(toggles(loaded));
            entityTypes.forEach(t -> t.shownProperty().set(entityShown.getOrDefault(t.type(), true)));
            relationshipTypes.setAll(loaded.relationshipTypes().stream()
                    .map(t -> watch(new TypeToggle<>(t, t.replace('_', ' '), loaded.relationshipTotal(t))))
                    .toList());
            relationshipTypes.forEach(t -> t.shownProperty().set(relationshipShown.getOrDefault(t.type(), true)));
            dated.set(loaded.span().isPresent());
            int first = loaded.span().map(TimeWindow::firstYear).orElse(0);
            int last = loaded.span().map(TimeWindow::lastYear).orElse(0);
            spanFirstYear.set(first);
            spanLastYear.set(last);
            if (wholeSpan) {
                fromYear.set(first);
                toYear.set(last);
            } else {
                fromYear.set(Math.max(first, Math.min(fromYear.get(), last)));
                toYear.set(Math.min(last, Math.max(toYear.get(), fromYear.get())));
            }
        } finally {
            batching = false;
        }
        recompute();
    }

    private List<TypeToggle<EntityType>> toggles(LoadedGraph loaded) {
        return EnumSet.allOf(EntityType.class).stream()
                .filter(t -> loaded.entityTotal(t) > 0)
                .map(t -> watch(new TypeToggle<>(t, t.label(), loaded.entityTotal(t))))
                .toList();
    }

    private <T> TypeToggle<T> watch(TypeToggle<T> toggle) {
        toggle.shownProperty().addListener((obs, old, value) -> recompute());
        return toggle;
    }

    /** The filter as the store understands it, so both decide visibility the same way. */
    public GraphFilter filter() {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        entityTypes.stream().filter(TypeToggle::isShown).forEach(t -> types.add(t.type()));
        GraphFilter filter = GraphFilter.everything().withEntityTypes(types).withIncludeUndated(includeUndated.get());
        if (relationshipTypes.stream().anyMatch(t -> !t.isShown())) {
            Set<String> shown = new HashSet<>();
            relationshipTypes.stream().filter(TypeToggle::isShown).forEach(t -> shown.add(t.type()));
            filter = filter.withRelationshipTypes(shown);
        }
        if (dated.get()) {
            filter = filter.withWindow(window());
        }
        return filter;
    }

    /** The current window in whole years (the span itself when the dataset has no dates). */
    public TimeWindow window() {
        return windowOfYears(fromYear.get(), toYear.get());
    }

    private static TimeWindow windowOfYears(int oneEnd, int otherEnd) {
        int from = Math.min(oneEnd, otherEnd);
        int to = Math.max(oneEnd, otherEnd);
        return TimeWindow.ofYears(Math.max(1, from), Math.max(1, to));
    }

    /** Moves both ends of the window at once, clamped to the span. */
    public void setWindow(int from, int to) {
        int first = spanFirstYear.get();
        int last = spanLastYear.get();
        int clampedFrom = Math.max(first, Math.min(last, Math.min(from, to)));
        int clampedTo = Math.max(first, Math.min(last, Math.max(from, to)));
        batching = true;
        try {
            fromYear.set(clampedFrom);
            toYear.set(clampedTo);
        } finally {
            batching = false;
        }
        recompute();
    }

    /** Shows only this entity type (the modifier-click on a check box). */
    public void showOnlyEntityType(EntityType type) {
        batching = true;
        try {
            entityTypes.forEach(t -> t.setShown(t.type() == type));
        } finally {
            batching = false;
        }
        recompute();
    }

    /** Shows only this relationship type. */
    public void showOnlyRelationshipType(String type) {
        batching = true;
        try {
            relationshipTypes.forEach(t -> t.setShown(t.type().equals(type)));
        } finally {
            batching = false;
        }
        recompute();
    }

    /**
     * Restricts the network to a neighbourhood, on top of the filters. It is worked out again on every filter
     * change by the same engine that replays a story step, so a step captured from it shows the same picture.
     */
    public void focusOn(Focus newFocus) {
        focus.set(Optional.of(newFocus));
        recompute();
    }

    /** Drops the focus: everything the filters admit shows again. */
    public void showAll() {
        focus.set(Optional.empty());
        recompute();
    }

    /**
     * Changes the filters as little as needed for this entity to show: its type on, the window stretched to
     * reach it, undated items on when it is undated, and the focus dropped when it is outside.
     */
    public void reveal(String entityId) {
        if (graph == null) {
            return;
        }
        graph.entity(entityId).ifPresent(entity -> {
            batching = true;
            try {
                entityTypes.stream().filter(t -> t.type() == entity.type()).forEach(t -> t.setShown(true));
                var life = entity.lifespan();
                if (!life.isDated()) {
                    includeUndated.set(true);
                } else if (dated.get() && !life.overlaps(window())) {
                    int first = Math.max(spanFirstYear.get(), life.firstDay().get().getYear());
                    int last = Math.min(spanLastYear.get(), life.lastDay().get().getYear());
                    fromYear.set(Math.min(fromYear.get(), Math.min(first, spanLastYear.get())));
                    toYear.set(Math.max(toYear.get(), Math.max(last, spanFirstYear.get())));
                }
                if (focused.map(ids -> !ids.contains(entityId)).orElse(false)) {
                    focus.set(Optional.empty());
                }
            } finally {
                batching = false;
            }
            recompute();
        });
    }

    /**
     * Changes the filters as little as needed for a path to show whole: each member entity revealed, each
     * relationship's type on and the window stretched to reach it (undated items on when one is undated).
     */
    public void revealPath(List<String> entityIds, List<String> relationshipIds) {
        if (graph == null) {
            return;
        }
        entityIds.forEach(this::reveal);
        batching = true;
        try {
            for (String id : relationshipIds) {
                graph.relationship(id).ifPresent(r -> {
                    relationshipTypes.stream().filter(t -> t.type().equals(r.type())).forEach(t -> t.setShown(true));
                    var life = r.lifespan();
                    if (!life.isDated()) {
                        includeUndated.set(true);
                    } else if (dated.get() && !life.overlaps(window())) {
                        int first = Math.max(spanFirstYear.get(), life.firstDay().get().getYear());
                        int last = Math.min(spanLastYear.get(), life.lastDay().get().getYear());
                        fromYear.set(Math.min(fromYear.get(), Math.min(first, spanLastYear.get())));
                        toYear.set(Math.max(toYear.get(), Math.max(last, spanFirstYear.get())));
                    }
                });
            }
        } finally {
            batching = false;
        }
        recompute();
    }

    private void recompute() {
        if (batching || graph == null) {
            return;
        }
        GraphFilter filter = filter();
        currentFilter.set(filter);
        focused = focus.get().map(f -> graph.neighbourhood(filter, f.centre(), f.depth()));
        // A window is already cut to the cap by the server, and its degrees are the window's, not the whole's.
        VisibleSet result = graph.visible(filter, focused, graph.isWindow() ? Integer.MAX_VALUE : maxDrawn);
        for (TypeToggle<EntityType> t : entityTypes) {
            t.setVisible(result.entityCount(t.type()));
        }
        for (TypeToggle<String> t : relationshipTypes) {
            t.setVisible(result.relationshipCount(t.type()));
        }
        if (contents.get().graph() != graph || !contents.get().holds(result)) {
            contents.set(contentsFor(result));
        }
        visible.set(result);
        statusLine.set(describe(result));
    }

    /**
     * The whole dataset when it fits under the cap; otherwise what this visible set draws, with every relationship
     * among it (so relationship filters never need a rebuild), which keeps the view's size bounded by the cap.
     */
    private NetworkContents contentsFor(VisibleSet result) {
        if (graph.entities().size() <= maxDrawn) {
            Set<String> all = new HashSet<>(graph.entities().size() * 2);
            graph.entities().forEach(e -> all.add(e.id()));
            return new NetworkContents(graph, graph.whole(), all);
        }
        return new NetworkContents(graph, graph.among(result.entityIds()), result.entityIds());
    }

    /**
     * "48 of 61 entities, 77 of 104 relationships, 1990–2000", or when the cap cut the drawing
     * "Showing 10,000 of 100,000 entities: narrow the filters or the time window".
     */
    private String describe(VisibleSet result) {
        int admitted = graph.isWindow() && focus.get().isEmpty() ? admittedOnServer : result.entitiesAdmitted();
        if (result.capped() || admitted > result.entityIds().size()) {
            return Texts.get("status.capped", result.entityIds().size(), admitted);
        }
        StringBuilder text = new StringBuilder(Texts.get("status.counts", result.entityIds().size(),
                graph.entityCount(), result.relationshipIds().size(), graph.relationshipCount()));
        if (dated.get()) {
            text.append(", ").append(DatesInWords.of(window()));
        }
        if (focus.get().isPresent()) {
            text.append(Texts.get("status.focused"));
        }

        return text.toString();
    }

    public ObservableList<TypeToggle<EntityType>> entityTypes() {
        return entityTypesView;
    }

    public ObservableList<TypeToggle<String>> relationshipTypes() {
        return relationshipTypesView;
    }

    public Optional<TypeToggle<EntityType>> entityType(EntityType type) {
        return entityTypes.stream().filter(t -> t.type() == type).findFirst();
    }

    public Optional<TypeToggle<String>> relationshipType(String type) {
        return relationshipTypes.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    /** False when the dataset has no dates at all, so there is no time window to move. */
    public ReadOnlyBooleanProperty datedProperty() {
        return dated.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty spanFirstYearProperty() {
        return spanFirstYear.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty spanLastYearProperty() {
        return spanLastYear.getReadOnlyProperty();
    }

    public IntegerProperty fromYearProperty() {
        return fromYear;
    }

    public IntegerProperty toYearProperty() {
        return toYear;
    }

    public BooleanProperty includeUndatedProperty() {
        return includeUndated;
    }

    /** The filter as last applied: changes once per change of types, window or undated items, not per key. */
    public ReadOnlyObjectProperty<GraphFilter> filterProperty() {
        return currentFilter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Focus>> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisibleSet> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public VisibleSet visible() {
        return visible.get();
    }

    /** What the network view should hold; changes only on a new dataset or when the visible set leaves it. */
    public ReadOnlyObjectProperty<NetworkContents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    public NetworkContents contents() {
        return contents.get();
    }

    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    public String statusLine() {
        return statusLine.get();
    }
}

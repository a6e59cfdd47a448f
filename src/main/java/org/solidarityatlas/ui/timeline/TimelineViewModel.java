package org.solidarityatlas.ui.timeline;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.YearActivity;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.ui.text.Translated;

/**
 * The timeline's state, without controls: the dataset's yearly activity, the time window it shows as a brush
 * (which it reads from and writes to the filters through {@link #connect}), the part of the span in view (its
 * own zoom), the selection lane, story marks, and the undated toggle with its one-time hint.
 * Year coordinates are continuous: year {@code y} covers {@code [y, y + 1)}.
 */
public final class TimelineViewModel {

    /** What a drag on the brush changes. */
    public enum Grip { MOVE, START, END }

    /** The narrowest view the wheel zooms to, in years. */
    static final double MIN_VIEW_YEARS = 4;

    private final ReadOnlyObjectWrapper<YearActivity> activity = new ReadOnlyObjectWrapper<>(YearActivity.none(0, 0));
    private final ReadOnlyIntegerWrapper windowFrom = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper windowTo = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper windowText = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper windowChanges = new ReadOnlyLongWrapper();
    private final ReadOnlyDoubleWrapper viewFrom = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper viewTo = new ReadOnlyDoubleWrapper(1);
    private final BooleanProperty includeUndated = new SimpleBooleanProperty(true);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper hintShowing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper laneTitle = new ReadOnlyStringWrapper("");
    /** The lane last shown, drawn again in a newly chosen language. */
    private LoadedGraph laneGraph;
    private Optional<Entity> laneEntity = Optional.empty();
    private final javafx.beans.InvalidationListener languageWatch = Texts.onChange(() -> {
        if (this.laneGraph != null) {
            showLane(this.laneGraph, this.laneEntity);
        }
    });
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<LaneBar> lane = FXCollections.observableArrayList();
    private final ObservableList<StepMark> marks = FXCollections.observableArrayList();

    private BiConsumer<Integer, Integer> setWindow = (from, to) -> { };
    private boolean hintGiven;
    private int dragFrom;
    private int dragTo;
    private double dragAnchor;
    private Grip dragGrip;
    /** Set while this model moves the window itself, so that its two ends make one change, not two. */
    private boolean applying;

    public TimelineViewModel() {
        windowFrom.addListener((obs, old, value) -> endMoved());
        windowTo.addListener((obs, old, value) -> endMoved());
        playing.addListener((obs, old, value) -> keepWindowInView());
    }

    /**
     * Follows a time window kept elsewhere (the filters' years) and changes it only through {@code setWindow},
     * which clamps it to the span and applies both ends at once.
     */
    public void connect(ObservableIntegerValue from, ObservableIntegerValue to, BiConsumer<Integer, Integer> setter) {
        this.setWindow = (a, b) -> {
            int fromBefore = windowFrom.get();
            int toBefore = windowTo.get();
            applying = true;
            try {
                setter.accept(a, b);
            } finally {
                applying = false;
            }
            if (windowFrom.get() != fromBefore || windowTo.get() != toBefore) {
                windowMoved();
            }
        };
        from.addListener((obs, old, value) -> windowFrom.set(value.intValue()));
        to.addListener((obs, old, value) -> windowTo.set(value.intValue()));
        windowFrom.set(from.get());
        windowTo.set(to.get());
    }

    /** A new dataset: its activity, the view opened on the years where most items lie, no lane, no hint yet. */
    public void load(YearActivity loaded) {
        activity.set(loaded);
        lane.clear();
        laneTitle.set("");
        problem.set("");
        if (loaded.dated()) {
            double first = loaded.firstYear();
            double last = loaded.lastYear() + 1;
            double from = loaded.commonFirstYear();
            double to = Math.max(loaded.commonLastYear() + 1, from + MIN_VIEW_YEARS);
            double margin = (to - from) * 0.03;
            setView(Math.max(first, from - margin), Math.min(last, to + margin));
        } else {
            setView(0, 1);
        }
        windowMoved();
    }

    // ---- the view: the timeline's own scale ----

    private void setView(double from, double to) {
        viewFrom.set(from);
        viewTo.set(to);
    }

    /** Zooms the timeline's scale by {@code factor} (below 1 zooms in), keeping {@code year} where it is. */
    public void zoom(double year, double factor) {
        YearActivity a = activity.get();
        if (!a.dated()) {
            return;
        }
        double extent = a.lastYear() + 1 - a.firstYear();
        double span = viewTo.get() - viewFrom.get();
        double wanted = Math.max(Math.min(MIN_VIEW_YEARS, extent), Math.min(extent, span * factor));
        double from = year - (year - viewFrom.get()) * wanted / span;
        placeView(from, wanted);
    }

    /** Slides the view along the span by {@code years}, stopping at its ends. */
    public void pan(double years) {
        placeView(viewFrom.get() + years, viewTo.get() - viewFrom.get());
    }

    private void placeView(double from, double span) {
        YearActivity a = activity.get();
        double first = a.firstYear();
        double last = a.lastYear() + 1;
        double start = Math.max(first, Math.min(last - span, from));
        setView(start, start + span);
    }

    /** The year under a point {@code x} pixels into a timeline {@code width} pixels wide. */
    public double yearAt(double x, double width) {
        return viewFrom.get() + x / Math.max(1, width) * (viewTo.get() - viewFrom.get());
    }

    /** Where a year coordinate falls on a timeline {@code width} pixels wide. */
    public double xOf(double year, double width) {
        return (year - viewFrom.get()) / (viewTo.get() - viewFrom.get()) * width;
    }

    // ---- the window ----

    /** Moves the window by whole years, keeping its width, stopping at the span's ends. */
    public void moveBy(int years) {
        placeWindow(windowFrom.get() + years, windowTo.get() - windowFrom.get());
    }

    /** Moves the window's end by whole years (Shift+arrows); it never ends before it starts. */
    public void resizeBy(int years) {
        setWindow.accept(windowFrom.get(), Math.max(windowFrom.get(), windowTo.get() + years));
    }

    /** Centres the window, at its width, on the year (a double-click). */
    public void centreOn(double year) {
        int width = windowTo.get() - windowFrom.get();
        placeWindow((int) Math.floor(year) - width / 2, width);
    }

    private void placeWindow(int from, int width) {
        YearActivity a = activity.get();
        if (!a.dated()) {
            return;
        }
        int start = Math.max(a.firstYear(), Math.min(a.lastYear() - width, from));
        setWindow.accept(start, start + width);
    }

    /** Starts a drag of the brush at a year coordinate. */
    public void beginDrag(Grip grip, double year) {
        dragGrip = grip;
        dragAnchor = year;
        dragFrom = windowFrom.get();
        dragTo = windowTo.get();
    }

    /** Follows the drag to a year coordinate, by whole years from where it began. */
    public void dragTo(double year) {
        if (dragGrip == null) {
            return;
        }
        int delta = (int) Math.round(year - dragAnchor);
        switch (dragGrip) {
            case MOVE -> placeWindow(dragFrom + delta, dragTo - dragFrom);
            case START -> setWindow.accept(Math.min(dragFrom + delta, dragTo), dragTo);
            case END -> setWindow.accept(dragFrom, Math.max(dragTo + delta, dragFrom));
        }
    }

    public void endDrag() {
        dragGrip = null;
    }

    /**
     * Sets the window from typed years; returns false and says why in {@link #problemProperty()} when the text
     * is not years or lies wholly outside the dataset's span.
     */
    public boolean type(String text) {
        Optional<TypedYears> typed = TypedYears.parse(text);
        YearActivity a = activity.get();
        if (typed.isEmpty()) {
            problem.set(Texts.get("timeline.typeYears"));
            return false;
        }
        if (!a.dated() || typed.get().to() < a.firstYear() || typed.get().from() > a.lastYear()) {
            problem.set(a.dated() ? Texts.get("timeline.datasetYears", Integer.toString(a.firstYear()),
                    Integer.toString(a.lastYear())) : Texts.get("timeline.noDates"));
            return false;
        }
        problem.set("");
        setWindow.accept(typed.get().from(), typed.get().to());
        return true;
    }

    private void endMoved() {
        if (!applying) {
            windowMoved();
        }
    }

    private void windowMoved() {
        windowChanges.set(windowChanges.get() + 1);
        int from = windowFrom.get();
        int to = windowTo.get();
        windowText.set(!activity.get().dated() ? "" : from == to ? Integer.toString(from) : from + "–" + to);
        keepWindowInView();
        if (!hintGiven && activity.get().undated() > 0 && includeUndated.get() && activity.get().dated()
                && (from != activity.get().firstYear() || to != activity.get().lastYear())) {
            hintGiven = true;
            hintShowing.set(true);
        }
    }

    /** While playing, the view follows the window so the play head stays on screen. */
    private void keepWindowInView() {
        if (!playing.get() || !activity.get().dated()) {
            return;
        }
        double span = viewTo.get() - viewFrom.get();
        if (windowTo.get() + 1 > viewTo.get()) {
            placeView(windowTo.get() + 1 - span, span);
        } else if (windowFrom.get() < viewFrom.get()) {
            placeView(windowFrom.get(), span);
        }
    }

    public void dismissHint() {
        hintShowing.set(false);
    }

    // ---- the selection lane and story marks ----

    /** The lane for this entity (its lifespan and its relationships' spans), or an empty lane. */
    public void showLane(LoadedGraph graph, Optional<Entity> entity) {
        YearActivity a = activity.get();
        laneGraph = graph;
        laneEntity = entity;
        if (entity.isEmpty() || graph == null || !a.dated()) {
            lane.clear();
            laneTitle.set("");
            return;
        }
        List<LaneBar> bars = SelectionLane.of(graph, entity.get(), a.firstYear(), a.lastYear());
        lane.setAll(bars);
        long undatedTies = graph.relationshipsOf(entity.get().id()).stream()
                .filter(r -> !r.lifespan().isDated()).count();
        laneTitle.set(Texts.get("lane.title", Translated.name(entity.get()),
                entity.get().lifespan().isDated() ? 0 : 1, undatedTies));
    }

    public void setMarks(List<StepMark> steps) {
        marks.setAll(steps);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<YearActivity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public YearActivity activity() {
        return activity.get();
    }

    public ReadOnlyIntegerProperty windowFromProperty() {
        return windowFrom.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty windowToProperty() {
        return windowTo.getReadOnlyProperty();
    }

    /**
     * Counts the window's changes: once per drag move, key or typed years however many of its ends moved (what
     * the timeline repaints on), once per end for a change made elsewhere (Play, a story step).
     */
    public ReadOnlyLongProperty windowChangesProperty() {
        return windowChanges.getReadOnlyProperty();
    }

    /** "1992–1998", as the years field shows it. */
    public ReadOnlyStringProperty windowTextProperty() {
        return windowText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty viewFromProperty() {
        return viewFrom.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty viewToProperty() {
        return viewTo.getReadOnlyProperty();
    }

    /** Bound to the filters' undated toggle. */
    public BooleanProperty includeUndatedProperty() {
        return includeUndated;
    }

    /** "41 undated". */
    public String undatedText() {
        return Texts.get("timeline.undated", activity.get().undated());
    }

    /** Bound to playback: the play head shows and the view follows the window. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** True once, the first time the window moves while undated items show. */
    public ReadOnlyBooleanProperty hintShowingProperty() {
        return hintShowing.getReadOnlyProperty();
    }

    public ObservableList<LaneBar> lane() {
        return lane;
    }

    public ReadOnlyStringProperty laneTitleProperty() {
        return laneTitle.getReadOnlyProperty();
    }

    public ObservableList<StepMark> marks() {
        return marks;
    }

    /** Why the typed years were not taken; empty when they were. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

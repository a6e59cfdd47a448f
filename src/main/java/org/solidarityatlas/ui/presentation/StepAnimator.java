package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.DatesInWords;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.util.Duration;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.ui.network.NetworkCamera;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.presentation.PresentationViewModel.Shown;
import org.solidarityatlas.graph.VisibleItems;

/**
 * Moves a network view from one shown step to the next: the time window slides a year at a time (items appear
 * and disappear with each year), what changed is marked, and the camera glides to the new focus. What ended since
 * the step before fades out over the move and is gone at its end; what joined keeps its halo for the step. The
 * network is never rebuilt, so positions stay where the audience saw them.
 */
public final class StepAnimator {

    /** Time per year of the slide, shortened for long slides so no move takes more than {@link #LONGEST}. */
    private static final Duration PER_YEAR = Duration.millis(160);
    private static final Duration LONGEST = Duration.millis(2400);
    private static final Duration GLIDE = Duration.millis(1200);
    /** The shortest fade of what ended, so it is seen going even when the window does not move. */
    private static final Duration FADE = Duration.millis(900);

    private final NetworkView network;
    private final LoadedGraph graph;
    private final Consumer<String> yearsShown;
    private final Supplier<Insets> overlays;
    private final IntConsumer leftOutShown;
    private final ReadOnlyBooleanWrapper animating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper endedOpacity = new ReadOnlyDoubleWrapper(1);
    private Timeline slide;
    private Shown current;

    /**
     * @param yearsShown   told the years in words at each moment of the slide, for the large corner label
     * @param overlays     the pixels of the network view that overlays cover, which framing keeps clear
     * @param leftOutShown told how many neighbours of a step's focus are too many to frame
     */
    public StepAnimator(NetworkView network, LoadedGraph graph, Consumer<String> yearsShown,
            Supplier<Insets> overlays, IntConsumer leftOutShown) {
        this.network = network;
        this.graph = graph;
        this.yearsShown = yearsShown;
        this.overlays = overlays;
        this.leftOutShown = leftOutShown;
        endedOpacity.addListener((obs, old, opacity) -> network.setEndedOpacity(opacity.doubleValue()));
    }

    /** Shows the step at once, with its marks and its camera: the first step, and every slide of an export. */
    public void showAtOnce(Shown shown) {
        stop();
        current = shown;
        // A still picture (a slide) has no move to fade over: what ended stays drawn tinted, so it is seen to end.
        endedOpacity.set(1);
        applyFinal(shown);
        if (network.isLayoutSettled()) {
            network.setCamera(cameraFor(shown));
        }
    }

    /** Slides from the step shown now to {@code next}, year by year. */
    public void moveTo(Shown next) {
        Shown from = current;
        stop();
        current = next;
        if (from == null || from.view().window().isEmpty() || next.view().window().isEmpty()) {
            showAtOnce(next);
            slide = new Timeline();
            fadeOutEnded(next, FADE.toMillis());
            return;
        }
        network.setChangeMarks(next.changes().joinedIds(), next.changes().leftIds());
        network.setSelection(Optional.empty(), Set.of(), Set.of());
        showLabelsOf(next);
        TimeWindow a = from.view().window().get();
        TimeWindow b = next.view().window().get();
        int years = Math.max(Math.abs(b.firstYear() - a.firstYear()), Math.abs(b.lastYear() - a.lastYear()));
        double perYear = years == 0 ? 0 : Math.min(PER_YEAR.toMillis(), LONGEST.toMillis() / years);
        slide = new Timeline();
        VisibleItems stillEnding = next.changes().leftItems();
        for (int k = 1; k < years; k++) {
            double t = (double) k / years;
            int first = (int) Math.round(a.firstYear() + (b.firstYear() - a.firstYear()) * t);
            int last = (int) Math.round(a.lastYear() + (b.lastYear() - a.lastYear()) * t);
            TimeWindow moment = TimeWindow.ofYears(Math.min(first, last), Math.max(first, last));
            StepView view = next.view().withWindow(moment);
            slide.getKeyFrames().add(new KeyFrame(Duration.millis(perYear * k), e -> {
                VisibleItems visible = view.visibleIn(graph).plus(stillEnding);
                network.applyVisibility(visible.entityIds(), visible.relationshipIds());
                yearsShown.accept(DatesInWords.of(moment));
            }));
        }
        double slideEnd = perYear * Math.max(years, 1);
        double fadeEnd = Math.max(slideEnd, FADE.toMillis());
        if (slideEnd < fadeEnd) {
            slide.getKeyFrames().add(new KeyFrame(Duration.millis(slideEnd), e -> applyFinal(next)));
        }
        if (network.isLayoutSettled()) {
            network.glideTo(cameraFor(next), GLIDE);
        }
        fadeOutEnded(next, fadeEnd);
    }

    /** Ends the slide with what ended fading out until {@code fadeEnd} ms, when it is no longer drawn; plays it. */
    private void fadeOutEnded(Shown next, double fadeEnd) {
        endedOpacity.set(1);
        slide.getKeyFrames().add(new KeyFrame(Duration.millis(fadeEnd), e -> {
            applyFinal(next);
            dropEnded(next);
        }, new KeyValue(endedOpacity, 0, Interpolator.EASE_IN)));
        slide.setOnFinished(e -> animating.set(false));
        animating.set(true);
        slide.play();
    }

    /**
     * Frames the step's focus with its neighbours (or all it shows) the way it would be after the move, clear of
     * the overlays.
     */
    public NetworkCamera cameraFor(Shown shown) {
        StepFraming framing = StepFraming.of(graph, shown);
        return network.cameraFitting(framing.entities(), overlays.get());
    }

    /** The shown step again, e.g. once the layout has settled and the camera can frame it. */
    public void reframe() {
        if (current != null) {
            showLabelsOf(current);
            network.setCamera(cameraFor(current));
        }
    }

    private void applyFinal(Shown shown) {
        VisibleItems visible = shown.visible().plus(shown.changes().leftItems());
        network.applyVisibility(visible.entityIds(), visible.relationshipIds());
        network.setChangeMarks(shown.changes().joinedIds(), shown.changes().leftIds());
        Set<String> focus = shown.view().knownFocus(graph);
        focus.retainAll(shown.visible().entityIds());
        if (focus.isEmpty()) {
            network.setSelection(Optional.empty(), Set.of(), Set.of());
        } else {
            // The focus stands out with its links and with what just joined; the rest is dimmed.
            Set<String> entities = new HashSet<>(focus);
            entities.addAll(shown.changes().joinedEntities());
            entities.addAll(shown.changes().leftEntities());
            Set<String> relationships = new HashSet<>(shown.changes().joinedRelationships());
            relationships.addAll(shown.changes().leftRelationships());
            for (Relationship r : graph.relationships()) {
                if (shown.visible().relationshipIds().contains(r.id())
                        && (focus.contains(r.from()) || focus.contains(r.to()))) {
                    relationships.add(r.id());
                    entities.add(r.from());
                    entities.add(r.to());
                }
            }
            network.setSelection(Optional.empty(), entities, relationships);
        }
        yearsShown.accept(shown.view().yearsInWords());
        leftOutShown.accept(StepFraming.of(graph, shown).leftOut());
        showLabelsOf(shown);
    }

    /**
     * The labels of the step's focus always drawn, then those of the neighbours it frames, none overlapping another,
     * a node or an overlay.
     */
    private void showLabelsOf(Shown shown) {
        Set<String> focus = shown.view().knownFocus(graph);
        focus.retainAll(shown.visible().entityIds());
        network.labelling().present(focus, StepFraming.of(graph, shown).entities(), overlays.get());
    }

    /** The end of a move: what ended has faded out and is no longer drawn; what joined keeps its halo. */
    private void dropEnded(Shown shown) {
        network.applyVisibility(shown.visible().entityIds(), shown.visible().relationshipIds());
        network.setChangeMarks(shown.changes().joinedIds(), Set.of());
    }

    /** How opaque what ended since the step before is drawn: from 1 to 0 over a move to the next step. */
    public ReadOnlyDoubleProperty endedOpacityProperty() {
        return endedOpacity.getReadOnlyProperty();
    }

    /** Stops a slide in progress where it is (the caller shows another step next). */
    public void stop() {
        if (slide != null) {
            slide.stop();
            slide = null;
        }
        animating.set(false);
    }

    /** True while the window slides; tests wait for it to be false before looking. */
    public ReadOnlyBooleanProperty animatingProperty() {
        return animating.getReadOnlyProperty();
    }
}

package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.DatesInWords;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleItems;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;

/**
 * The view a story step asks for, resolved against a dataset: a filter with its time window (open ends become the
 * dataset's span), the focus and how deep around it to show.
 *
 * @param window empty only when neither the step nor the dataset has a date
 */
public record StepView(Optional<TimeWindow> window, GraphFilter filter, List<String> focus, Optional<Integer> depth) {

    public StepView {
        focus = List.copyOf(focus);
    }

    public static StepView of(StoryStep step, Optional<TimeWindow> span) {
        Optional<TimeWindow> window = windowOf(step.from(), step.to(), span);
        Set<EntityType> types = step.types().filter(t -> !t.isEmpty())
                .map(EnumSet::copyOf).orElse(EnumSet.allOf(EntityType.class));
        GraphFilter filter = new GraphFilter(types, step.relationshipTypes(), window, true);
        return new StepView(window, filter, step.focus(), step.depth());
    }

    /** From the start of {@code from}'s period to the end of {@code to}'s; a missing end is the span's. */
    static Optional<TimeWindow> windowOf(PartialDate from, PartialDate to, Optional<TimeWindow> span) {
        if (from == null && to == null) {
            return span;
        }
        if (from != null && to != null) {
            if (to.lastDay().isBefore(from.firstDay())) {
                return Optional.of(new TimeWindow(to.firstDay(), from.lastDay()));
            }
            return Optional.of(TimeWindow.between(from, to));
        }
        if (from != null) {
            var last = span.map(TimeWindow::lastDay).filter(d -> !d.isBefore(from.lastDay())).orElse(from.lastDay());
            return Optional.of(new TimeWindow(from.firstDay(), last));
        }
        var first = span.map(TimeWindow::firstDay).filter(d -> !d.isAfter(to.firstDay())).orElse(to.firstDay());
        return Optional.of(new TimeWindow(first, to.lastDay()));
    }

    /**
     * The years a story covers: from the earliest start of its steps' windows to the latest end (for a story told
     * in order, its first step's start to its last step's end); open ends are the dataset's span.
     */
    public static Optional<TimeWindow> storySpan(Story story, Optional<TimeWindow> span) {
        Optional<TimeWindow> covered = Optional.empty();
        for (StoryStep step : story.steps()) {
            Optional<TimeWindow> window = windowOf(step.from(), step.to(), span);
            if (window.isPresent()) {
                covered = Optional.of(covered.map(c -> new TimeWindow(
                        c.firstDay().isBefore(window.get().firstDay()) ? c.firstDay() : window.get().firstDay(),
                        c.lastDay().isAfter(window.get().lastDay()) ? c.lastDay() : window.get().lastDay()))
                        .orElse(window.get()));
            }
        }
        return covered;
    }

    /** The same view over another window (a moment of the slide from one step to the next). */
    public StepView withWindow(TimeWindow other) {
        return new StepView(Optional.of(other), filter.withWindow(other), focus, depth);
    }

    /** The entities a depth limit allows, or empty when the whole filtered network shows. */
    public Optional<Set<String>> restriction(LoadedGraph graph) {
        return depth.map(d -> graph.neighbourhood(filter, focus, d));
    }

    public VisibleItems visibleIn(LoadedGraph graph) {
        return graph.visibleItems(filter, restriction(graph));
    }

    /** "1993–1994", or "all years" when nothing is dated. */
    public String yearsInWords() {
        return window.map(DatesInWords::of).orElse(Texts.get("step.allYears"));
    }

    /** The focus ids that the dataset knows, for framing the camera. */
    public Set<String> knownFocus(LoadedGraph graph) {
        Set<String> known = new HashSet<>();
        for (String id : focus) {
            if (graph.entity(id).isPresent()) {
                known.add(id);
            }
        }
        return known;
    }
}

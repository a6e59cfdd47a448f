package org.solidarityatlas.ui.stories;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;

/**
 * "Add step from the current view": the explorer's time window, filters, focus and depth as a new step. The
 * zoom is not written: the file format has no place for it, and framing the focus gives the same view back.
 */
public final class StepCapture {

    private StepCapture() {
    }

    /**
     * @param filter the explorer's filter; its window (whole years in the explorer) becomes {@code from}/{@code to}
     * @param focus  the selected or focused entities, to centre and highlight
     * @param depth  the focus depth when the explorer shows a neighbourhood, else empty
     */
    public static StoryStep capture(String title, GraphFilter filter, List<String> focus, Optional<Integer> depth) {
        Optional<TimeWindow> window = filter.window();
        PartialDate from = window.map(w -> PartialDate.ofYear(w.firstYear())).orElse(null);
        PartialDate to = window.map(w -> PartialDate.ofYear(w.lastYear())).orElse(null);
        Set<EntityType> types = filter.entityTypes();
        Optional<Set<EntityType>> shownTypes = types.containsAll(EnumSet.allOf(EntityType.class))
                ? Optional.empty() : Optional.of(types);
        return new StoryStep(title, null, null, from, to, focus, shownTypes, filter.relationshipTypes(), depth);
    }
}

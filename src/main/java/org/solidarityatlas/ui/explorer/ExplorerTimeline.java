package org.solidarityatlas.ui.explorer;
import org.solidarityatlas.ui.text.DatesInWords;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.ui.presentation.StepView;
import org.solidarityatlas.ui.stories.StoriesViewModel;
import org.solidarityatlas.ui.timeline.StepMark;
import org.solidarityatlas.ui.timeline.Timeline;
import org.solidarityatlas.ui.timeline.TimelineViewModel;

/**
 * The timeline band of the explorer, wired to its view models: the brush is the filters' time window and the
 * undated toggle theirs, Play moves it, the selected entity fills the lane (a click on a bar selects it), and
 * while stories are edited their steps are marks that go to the step's window.
 */
final class ExplorerTimeline {

    private final ExplorerViewModel explorer;
    private final TimelineViewModel model;
    private final Timeline timeline;
    private final ObservableBooleanValue editingStories;
    private StoriesViewModel stories;
    private final ListChangeListener<StoryStep> stepsChanged = change -> showMarks();
    private final javafx.beans.InvalidationListener languageWatch = Texts.onChange(this::showMarks);


    ExplorerTimeline(ExplorerViewModel explorer, TimelineViewModel model, ObservableBooleanValue editingStories) {
        this.explorer = explorer;
        this.model = model;
        this.editingStories = editingStories;
        FilterViewModel filters = explorer.filters();
        model.connect(filters.fromYearProperty(), filters.toYearProperty(), filters::setWindow);
        model.includeUndatedProperty().bindBidirectional(filters.includeUndatedProperty());
        model.playingProperty().bind(explorer.playback().playingProperty());
        timeline = new Timeline(model);
        SelectionViewModel selection = explorer.selection();
        timeline.setOnBarChosen(bar -> {
            if (bar.entity()) {
                selection.selectEntity(bar.itemId());
            } else {
                selection.selectRelationship(bar.itemId());
            }
        });
        timeline.setOnMarkChosen(this::goTo);
        selection.selectedEntityProperty().addListener((obs, old, entity) -> showLane());
        editingStories.addListener((obs, old, editing) -> showMarks());
    }

    Node node() {
        return timeline.node();
    }

    Timeline timeline() {
        return timeline;
    }

    TimelineViewModel model() {
        return model;
    }

    /** A newly shown dataset (its yearly activity was computed while it loaded) and its stories. */
    void load(LoadedGraph graph, StoriesViewModel storiesOfIt) {
        model.load(graph.yearActivity());
        if (stories != null) {
            stories.steps().removeListener(stepsChanged);
        }
        stories = storiesOfIt;
        if (stories != null) {
            stories.steps().addListener(stepsChanged);
        }
        showLane();
        showMarks();
    }

    private void showLane() {
        model.showLane(explorer.graph().orElse(null), explorer.selection().selectedEntity());
    }

    private void showMarks() {
        Optional<LoadedGraph> graph = explorer.graph();
        if (stories == null || graph.isEmpty() || !editingStories.get()) {
            model.setMarks(List.of());
            return;
        }
        List<StepMark> marks = new ArrayList<>();
        List<StoryStep> steps = stories.steps();
        for (int i = 0; i < steps.size(); i++) {
            Optional<TimeWindow> window = StepView.of(steps.get(i), graph.get().span()).window();
            if (window.isPresent()) {
                marks.add(new StepMark(i, (i + 1) + ". " + Translated.title(steps.get(i)) + " · "
                        + DatesInWords.of(window.get()),

                        window.get().firstYear(), window.get().lastYear()));
            }
        }
        model.setMarks(marks);
    }

    /** A step's mark was clicked: that step is chosen and its years become the window. */
    private void goTo(StepMark mark) {
        if (stories != null) {
            stories.selectedStepProperty().set(mark.index());
        }
        explorer.filters().setWindow(mark.fromYear(), mark.toYear());
    }
}

package org.solidarityatlas.ui.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.ui.dialogs.DialogService;
import org.solidarityatlas.ui.dialogs.FxDialogService;
import org.solidarityatlas.ui.editing.EditingTools;
import org.solidarityatlas.ui.editing.EditingViewModel;
import org.solidarityatlas.ui.explorer.DetailsViewModel;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.solidarityatlas.ui.explorer.FilterViewModel;
import org.solidarityatlas.ui.explorer.PlaybackClock;
import org.solidarityatlas.ui.explorer.PlaybackViewModel;
import org.solidarityatlas.ui.explorer.SelectionViewModel;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.slides.BackgroundStoryExports;
import org.solidarityatlas.ui.presentation.ComparePanel;
import org.solidarityatlas.ui.presentation.CompareViewModel;
import org.solidarityatlas.ui.presentation.PresentationViewModel;
import org.solidarityatlas.ui.presentation.PresentationWindow;
import org.solidarityatlas.ui.stories.StoriesPanel;
import org.solidarityatlas.ui.stories.StoriesViewModel;
import org.solidarityatlas.ui.stories.StoryDocument;
import org.solidarityatlas.ui.stories.StoryExports;
import org.solidarityatlas.ui.stories.StoryTools;
import org.solidarityatlas.ui.tasks.TaskExecutor;
import org.solidarityatlas.ui.timeline.TimelineViewModel;

/**
 * The composition root: the one place that builds the explorer's objects and hands each its collaborators
 * (background executor, dialogs, view models, the network view, the stories tools, the window), so none of them
 * builds its own. The application uses it, and so do the window tests, so they run what users run.
 */
public final class ExplorerComposition {

    private ExplorerComposition() {
    }

    /** An explorer window on {@code stage}, not shown yet; {@link ExplorerWindow#show} opens the store. */
    public static ExplorerWindow build(Stage stage, TaskExecutor executor, PlaybackClock clock,
            Consumer<String> openUrl) {
        String stylesheet = ExplorerWindow.class.getResource(ExplorerWindow.STYLESHEET).toExternalForm();
        return build(stage, executor, clock, openUrl, new FxDialogService(stage, List.of(stylesheet)));
    }

    /** As above, asking and telling the user through {@code dialogs} (a recording double in window tests). */
    public static ExplorerWindow build(Stage stage, TaskExecutor executor, PlaybackClock clock,
            Consumer<String> openUrl, DialogService dialogs) {
        ExplorerViewModel model = explorerModel(executor, clock, dialogs);
        NetworkView network = new NetworkView();
        StoryTools stories = storyTools(network, executor, dialogs, new BackgroundStoryExports(executor),
                model::captureStep, id -> model.selection().selectEntity(id));
        EditingTools editing = new EditingTools(new EditingViewModel(new ExplorerEditing(model), dialogs, executor));
        return new ExplorerWindow(stage, model, new TimelineViewModel(), network, stories, dialogs, openUrl,
                editing);
    }

    /** The explorer's view model, loading the bundled dataset on a first start. */
    public static ExplorerViewModel explorerModel(TaskExecutor executor, PlaybackClock clock, DialogService dialogs) {
        return explorerModel(executor, clock, dialogs, ExplorerViewModel.BUNDLED_DATASET);
    }

    /**
     * The explorer's view model over its filter, playback, selection and details view models, which share one
     * filter; {@code bundledResource} is what a first start loads.
     */
    public static ExplorerViewModel explorerModel(TaskExecutor executor, PlaybackClock clock, DialogService dialogs,
            String bundledResource) {
        FilterViewModel filters = new FilterViewModel();
        SelectionViewModel selection = new SelectionViewModel(filters, executor);
        ExplorerViewModel.Parts parts = new ExplorerViewModel.Parts(filters, new PlaybackViewModel(filters, clock),
                selection, new DetailsViewModel(selection));
        return new ExplorerViewModel(executor, dialogs, parts, bundledResource);
    }

    /**
     * The window's stories side panel and Story menu: the comparison marks what joined and left on
     * {@code network}; each dataset shown gets a stories panel saving through {@code dialogs} and {@code exports}.
     *
     * @param currentView  makes a step from what the explorer shows now
     * @param selectEntity selects an entity in the explorer (a comparison list item was chosen)
     */
    public static StoryTools storyTools(NetworkView network, TaskExecutor executor, DialogService dialogs,
            StoryExports exports, StoriesViewModel.CurrentView currentView, Consumer<String> selectEntity) {
        ComparePanel compare = new ComparePanel(new CompareViewModel(),
                changes -> network.setChangeMarks(changes.joinedIds(), changes.leftIds()), selectEntity);
        return new StoryTools(network, compare, (graph, file) -> new StoriesPanel(
                new StoriesViewModel(new StoryDocument(graph.dataset(), file), executor, dialogs, exports), graph,
                currentView, ExplorerComposition::presentationWindow));
    }

    /** Presentation mode for {@code story}, over a network view and a view model of its own. */
    public static PresentationWindow presentationWindow(Window owner, LoadedGraph graph, Story story) {
        return new PresentationWindow(owner, graph, story, new NetworkView(), new PresentationViewModel());
    }
}

package org.solidarityatlas.ui.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.solidarityatlas.ui.dialogs.DialogService;
import org.solidarityatlas.ui.dialogs.FxDialogService;
import org.solidarityatlas.ui.editing.EditingTools;
import org.solidarityatlas.ui.editing.EditingViewModel;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.solidarityatlas.ui.explorer.PlaybackClock;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.slides.BackgroundStoryExports;
import org.solidarityatlas.ui.stories.StoryTools;
import org.solidarityatlas.ui.tasks.TaskExecutor;

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
        ExplorerViewModel model = new ExplorerViewModel(executor, clock, dialogs);
        NetworkView network = new NetworkView();
        StoryTools stories = new StoryTools(network, executor, dialogs, new BackgroundStoryExports(executor),
                model::captureStep,
                id -> model.selection().selectEntity(id));
        EditingTools editing = new EditingTools(new EditingViewModel(new ExplorerEditing(model), dialogs, executor));
        return new ExplorerWindow(stage, model, network, stories, dialogs, openUrl, editing);
    }
}

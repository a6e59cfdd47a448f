package org.solidarityatlas.ui.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.solidarityatlas.ui.dialogs.DialogService;
import org.solidarityatlas.ui.dialogs.FxDialogService;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.solidarityatlas.ui.explorer.PlaybackClock;
import org.solidarityatlas.ui.network.NetworkView;
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
        DialogService dialogs = new FxDialogService(stage, List.of(stylesheet));
        ExplorerViewModel model = new ExplorerViewModel(executor, clock, dialogs);
        NetworkView network = new NetworkView();
        StoryTools stories = new StoryTools(network, executor, dialogs, model::captureStep,
                id -> model.selection().selectEntity(id));
        return new ExplorerWindow(stage, model, network, stories, dialogs, openUrl);
    }
}

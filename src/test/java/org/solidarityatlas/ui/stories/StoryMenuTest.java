package org.solidarityatlas.ui.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.StoryFixtures;
import org.solidarityatlas.ui.app.ExplorerComposition;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.slides.BackgroundStoryExports;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Story menu before and after the first dataset shows. */
@ExtendWith(ApplicationExtension.class)
class StoryMenuTest {

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private StoryTools tools() {
        return Fx.call(() -> ExplorerComposition.storyTools(new NetworkView(), executor, dialogs,
                new BackgroundStoryExports(executor), title -> new StoryStep(title, null, null, null, null, List.of(),
                        Optional.empty(), Optional.empty(), Optional.empty()), id -> { }));
    }

    private static List<MenuItem> actions(Menu menu) {
        return menu.getItems().stream().filter(item -> !(item instanceof SeparatorMenuItem)).toList();
    }

    @Test
    void everyStoryActionIsDisabledAndHarmlessBeforeADatasetShows() {
        StoryTools tools = tools();
        Menu menu = Fx.call(tools::menu);

        for (MenuItem item : actions(menu)) {
            assertTrue(item.isDisable(), item.getText());
            Fx.run(item::fire);
        }
        assertEquals(List.of(), dialogs.calls());
        assertEquals(0, executor.pending());
    }

    @Test
    void storyActionsAreEnabledOnceADatasetShows() {
        StoryTools tools = tools();
        Menu menu = Fx.call(tools::menu);

        Fx.run(() -> tools.load(new LoadedGraph(StoryFixtures.riverTowns()), Optional.empty()));

        for (MenuItem item : actions(menu)) {
            assertFalse(item.isDisable(), item.getText());
        }
        MenuItem save = actions(menu).stream().filter(i -> i.getText().equals("Save stories")).findFirst()
                .orElseThrow();
        Fx.run(save::fire);
        assertEquals(List.of("Save dataset with its stories | stories.json"), dialogs.texts("chooseFileToSave"));
    }
}

package org.solidarityatlas.ui.stories;

import org.solidarityatlas.ui.presentation.ComparePanel;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.presentation.ChangeSet;
import org.solidarityatlas.ui.presentation.CompareViewModel;

/**
 * What the explorer window docks for stories: a side panel with the stories and the two-year comparison, and a
 * Story menu. The explorer calls {@link #load} with each dataset it shows.
 */
public final class StoryTools {

    private final NetworkView network;
    private final StoriesViewModel.CurrentView currentView;
    private final Consumer<String> selectEntity;
    private final Tab storiesTab = new Tab("Stories");
    private final Tab compareTab = new Tab("Compare");
    private final TabPane panel = new TabPane(storiesTab, compareTab);
    private final CompareViewModel compare = new CompareViewModel();
    private final ComparePanel comparePanel;
    private StoriesPanel storiesPanel;

    /**
     * @param network      the explorer's network, where a comparison marks what joined and left
     * @param currentView  makes a step from what the explorer shows now
     * @param selectEntity selects an entity in the explorer (a comparison list item was chosen)
     */
    public StoryTools(NetworkView network, StoriesViewModel.CurrentView currentView, Consumer<String> selectEntity) {
        this.network = network;
        this.currentView = currentView;
        this.selectEntity = selectEntity;
        panel.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panel.setId("storyTools");
        comparePanel = new ComparePanel(compare, this::mark, selectEntity);
        compareTab.setContent(comparePanel);
    }

    /** A newly shown dataset; {@code file} is where Save writes (empty for the bundled one: Save asks). */
    public void load(Dataset dataset, Optional<Path> file) {
        storiesPanel = new StoriesPanel(new StoriesViewModel(new StoryDocument(dataset, file)), currentView);
        storiesTab.setContent(storiesPanel);
        comparePanel.load(dataset);
        network.setChangeMarks(java.util.Set.of(), java.util.Set.of());
    }

    /** The explorer's type filters and undated setting, for comparisons; each compared year is its own window. */
    public void setCompareFilter(org.solidarityatlas.model.GraphFilter filter) {
        compare.baseFilterProperty().set(filter);
    }

    private void mark(ChangeSet changes) {
        network.setChangeMarks(changes.joinedIds(), changes.leftIds());
    }

    public Node panel() {
        return panel;
    }

    /** The side panel with another tab first (the explorer's details), so both share the window's right side. */
    public Node panelWith(String title, Node first) {
        Tab tab = new Tab(title, first);
        panel.getTabs().add(0, tab);
        panel.getSelectionModel().select(tab);
        return panel;
    }

    public StoriesPanel storiesPanel() {
        return storiesPanel;
    }

    public ComparePanel comparePanel() {
        return comparePanel;
    }

    /** Story: Present (F5), Add step from view, Save stories, Export slides…, Export timeline GIF…, Compare. */
    public Menu menu() {
        MenuItem present = item("Present", new KeyCodeCombination(KeyCode.F5), () -> {
            if (storiesPanel != null && !storiesPanel.isEmptyStory()) {
                storiesPanel.present();
            }
        });
        MenuItem add = item("Add step from view", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
                    showTab(storiesTab);
                    storiesPanel.addStepFromView();
                });
        MenuItem save = item("Save stories", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> storiesPanel.save());
        MenuItem slides = item("Export story as slides…", null, () -> storiesPanel.chooseAndExportSlides());
        MenuItem gif = item("Export timeline as GIF…", null, () -> storiesPanel.chooseAndExportGif());
        MenuItem compareYears = item("Compare two years", null, () -> showTab(compareTab));
        return new Menu("Story", null, present, add, save, new SeparatorMenuItem(), slides, gif,
                new SeparatorMenuItem(), compareYears);
    }

    private void showTab(Tab tab) {
        panel.getSelectionModel().select(tab);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}

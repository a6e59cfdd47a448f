package org.solidarityatlas.ui.stories;

import org.solidarityatlas.ui.presentation.ComparePanel;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.text.Texts;

/**
 * What the explorer window docks for stories: a side panel with the stories and the two-year comparison, and a
 * Story menu. The explorer calls {@link #load} with each dataset it shows.
 */
public final class StoryTools {

    /** Makes the stories panel for each dataset the explorer shows; the composition root supplies it. */
    @FunctionalInterface
    public interface StoriesPanels {
        /** The panel editing {@code graph}'s stories, saving them to {@code file} (empty: Save asks where). */
        StoriesPanel forDataset(LoadedGraph graph, Optional<Path> file);
    }

    private final NetworkView network;
    private final StoriesPanels storiesPanels;
    private final Tab storiesTab = tab("tab.stories");
    private final Tab compareTab = tab("tab.compare");
    private final TabPane panel = new TabPane(storiesTab, compareTab);
    private final ComparePanel comparePanel;
    private StoriesPanel storiesPanel;
    /** Until the first dataset is shown there are no stories: the Story menu's actions stay disabled. */
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);

    /**
     * @param network       the explorer's network, whose change marks a new dataset clears
     * @param comparePanel  the two-year comparison (marking what joined and left on the network)
     * @param storiesPanels makes the stories panel of each dataset shown
     */
    public StoryTools(NetworkView network, ComparePanel comparePanel, StoriesPanels storiesPanels) {
        this.network = network;
        this.comparePanel = comparePanel;
        this.storiesPanels = storiesPanels;
        panel.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panel.setId("storyTools");
        // The comparison's controls are styled and laid out when its tab is first chosen, not while the window
        // starts (a tab's content is styled even while another tab shows).
        compareTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && compareTab.getContent() == null) {
                compareTab.setContent(comparePanel);
            }
        });
    }

    /** A newly shown dataset; {@code file} is where Save writes (empty for the bundled one: Save asks). */
    public void load(LoadedGraph graph, Optional<Path> file) {
        storiesPanel = storiesPanels.forDataset(graph, file);
        loaded.set(true);
        storiesTab.setContent(storiesPanel);
        comparePanel.load(graph);
        network.setChangeMarks(java.util.Set.of(), java.util.Set.of());
    }

    /** Closing the window: true unless the stories have unsaved edits and the user wants to keep them. */
    public boolean mayClose() {
        return storiesPanel == null || storiesPanel.model().mayClose();
    }

    /** The explorer's type filters and undated setting, for comparisons; each compared year is its own window. */
    public void setCompareFilter(org.solidarityatlas.model.GraphFilter filter) {
        comparePanel.model().baseFilterProperty().set(filter);
    }

    public Node panel() {
        return panel;
    }

    /** The side panel with another tab first (the explorer's details), so both share the window's right side. */
    public Node panelWith(javafx.beans.value.ObservableValue<String> title, Node first) {
        Tab tab = new Tab("", first);
        tab.textProperty().bind(title);
        panel.getTabs().add(0, tab);
        panel.getSelectionModel().select(tab);
        return panel;
    }

    /** True while the Stories tab shows, i.e. while stories are being edited. */
    public javafx.beans.value.ObservableBooleanValue editingProperty() {
        return storiesTab.selectedProperty();
    }

    public StoriesPanel storiesPanel() {
        return storiesPanel;
    }

    public ComparePanel comparePanel() {
        return comparePanel;
    }

    /**
     * Story: Present (F5), Present with presenter view (Shift+F5), Add step from view, Save stories, Export slides…,
     * Export timeline GIF…, Export handout…, Compare.
     */
    public Menu menu() {
        MenuItem present = item("menu.story.present", new KeyCodeCombination(KeyCode.F5), panel -> {
            if (!panel.isEmptyStory()) {
                panel.present();
            }
        });
        MenuItem presenter = item("menu.story.presenter", new KeyCodeCombination(KeyCode.F5,
                KeyCombination.SHIFT_DOWN), panel -> {
                    if (!panel.isEmptyStory()) {
                        panel.present().openPresenterView();
                    }
                });
        MenuItem add = item("menu.story.addStep", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), panel -> {
                    showTab(storiesTab);
                    panel.addStepFromView();
                });
        MenuItem save = item("menu.story.save", null,
                StoriesPanel::save);
        MenuItem slides = item("menu.story.slides", null, StoriesPanel::chooseAndExportSlides);
        MenuItem gif = item("menu.story.gif", null, StoriesPanel::chooseAndExportGif);
        MenuItem handout = item("menu.story.handout", null, StoriesPanel::chooseAndExportHandout);
        MenuItem compareYears = item("menu.story.compare", null, panel -> showTab(compareTab));
        return Texts.bind(new Menu("", null, present, presenter, add, save, new SeparatorMenuItem(), slides, gif, handout,
                new SeparatorMenuItem(), compareYears), "menu.story");
    }

    private static Tab tab(String key) {
        Tab tab = new Tab();
        tab.textProperty().bind(Texts.binding(key));
        return tab;
    }

    private void showTab(Tab tab) {
        panel.getSelectionModel().select(tab);
    }

    /** An action on the stories panel: disabled, and doing nothing, until a dataset is shown. */
    private MenuItem item(String key, KeyCombination accelerator, Consumer<StoriesPanel> action) {
        MenuItem item = Texts.bind(new MenuItem(), key);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.disableProperty().bind(loaded.not());
        item.setOnAction(e -> {
            if (storiesPanel != null) {
                action.accept(storiesPanel);
            }
        });
        return item;
    }
}

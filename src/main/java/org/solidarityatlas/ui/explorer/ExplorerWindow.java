// A little over 600 lines for now: the Edit menu, server connection, two languages and the path banner joined
// the window on one day. The next split moves the toolbar (toolBar, button, the focus-depth and speed choices)
// into an ExplorerToolBar class, leaving this file the layout and its bindings.
package org.solidarityatlas.ui.explorer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;

import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.solidarityatlas.ui.text.ChoiceText;
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.ui.dialogs.DialogService.KeyHelp;
import org.solidarityatlas.ui.dialogs.DialogService;
import org.solidarityatlas.ui.editing.EditingTools;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.pictures.PngFile;
import org.solidarityatlas.ui.stories.StoryTools;
import org.solidarityatlas.ui.tasks.TaskHandle;
import org.solidarityatlas.ui.text.DatesInWords;
import org.solidarityatlas.ui.text.LanguageMenu;
import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Vocabulary;
import org.solidarityatlas.ui.timeline.TimelineViewModel;
import org.solidarityatlas.ui.text.ChoiceWords;

/**
 * The explorer's main window: toolbar, filters on the left, the network in the middle, details on the right and
 * a status line. It shows at once with a progress indicator; the view model opens the store and loads the
 * dataset in the background. The window is layout and bindings: decisions, dialogs and files are the view
 * models' (asking the user through the {@link DialogService}); its collaborators come from the composition root.
 */
public final class ExplorerWindow {

    public static final String STYLESHEET = "/assets/atlas.css";
    /** PNG exports are drawn at twice the screen size, sharp enough for slides. */
    public static final double PNG_SCALE = 2;

    private final Stage stage;
    private final ExplorerViewModel model;
    private final Consumer<String> openUrl;
    private final NetworkView network;
    private final DialogService dialogs;
    private final SearchField search;
    private final ExplorerTimeline timeline;
    private SidePanels panels;
    private final Label stillLoading = Texts.bind(new Label(), "loading.still");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label progressText = new Label();
    private final Label startFailure = new Label();
    private final Scene scene;
    private boolean closed;
    private javafx.beans.InvalidationListener languageWatch;
    private final StoryTools stories;
    private final EditingTools editing;
    /** The dataset the network view was last built for; a rebuild of part of it keeps places. */
    private LoadedGraph shownGraph;

    /** {@code stories}: its side panel and menu, over the same network; {@code dialogs}: those the models got. */
    public ExplorerWindow(Stage stage, ExplorerViewModel model, TimelineViewModel timelineModel, NetworkView network,
            StoryTools stories, DialogService dialogs, Consumer<String> openUrl, EditingTools editing) {
        this.editing = editing;
        this.stage = stage;
        this.model = model;
        this.network = network;
        this.stories = stories;
        this.dialogs = dialogs;
        this.openUrl = openUrl;
        this.search = new SearchField(model.selection());
        this.timeline = new ExplorerTimeline(model, timelineModel, stories.editingProperty());

        BorderPane root = new BorderPane();
        root.getStyleClass().add("atlas");
        root.setTop(new VBox(menuBar(), toolBar()));
        panels = new SidePanels(new FilterPanel(model.filters()).node(), networkArea(),
                stories.panelWith(Texts.binding("panel.details"),
                        editing.detailsWithEditor(new DetailsPanel(model.details(), openUrl).node())));
        SplitPane body = panels.node();
        // The timeline runs under the panels and the network, the window's whole width.
        BorderPane middle = new BorderPane(body);
        middle.setBottom(timeline.node());
        root.setCenter(middle);
        root.setBottom(statusBar());

        scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(ExplorerWindow.class.getResource(STYLESHEET).toExternalForm());
        installKeys();
        installDragAndDrop();
        wireNetwork();
        wireModel();

        // "• " before the title while the dataset has unsaved changes.
        stage.titleProperty().bind(Texts.binding(() -> (editing.model().modifiedProperty().get() ? "• " : "")
                + (model.titleProperty().get().isEmpty()
                || model.titleProperty().get().equals(Texts.get("window.title")) ? Texts.get("window.title")
                : Texts.get("window.titleWith", model.titleProperty().get())), model.titleProperty(),
                editing.model().modifiedProperty()));
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            // Unsaved changes ask first (Save / Don't save / Cancel); the window closes once that allows it.
            e.consume();
            editing.model().whenSafeToLeave(stage::close);
        });
        stage.setOnHidden(e -> close());
    }

    /** Shows the window at once and starts loading in the background. */
    public void show(ExplorerViewModel.StoreOpener opener, Optional<Path> file) {
        show(opener, file, DatasetSnapshot.NONE, false);
    }

    /** Shows the window at once and loads in the background, the network from a file or snapshot meanwhile. */
    public void show(ExplorerViewModel.StoreOpener opener, Optional<Path> file, DatasetSnapshot kept,
            boolean firstStart) {
        stage.show();
        // Start with the keys on the network, so F and Space work and the search field shows its hint.
        network.node().requestFocus();
        model.start(opener, file, kept, firstStart);
    }

    public ExplorerViewModel model() {
        return model;
    }

    public NetworkView network() {
        return network;
    }

    public Scene scene() {
        return scene;
    }

    /** Stops playback, the layout and the store. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stage.titleProperty().unbind();
        model.close();
        network.dispose();
    }

    // ---- layout ----

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> editing.model().whenSafeToLeave(model::chooseAndOpen));
        MenuItem export = item("menu.file.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> model.chooseAndExport(this::picture));
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> editing.model().whenSafeToLeave(stage::close));
        Menu file = Texts.bind(new Menu("", null, open, new ConnectToServer(stage, model, new RecentServers())
                .menuItem(), export, quit), "menu.file");
        file.getItems().addAll(0, editing.fileItems());

        MenuItem find = item("menu.view.search", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                search::focus);
        MenuItem fit = item("menu.view.fit", null, network::fit);
        MenuItem play = item("menu.view.play", null, model.playback()::togglePlaying);
        MenuItem clear = item("menu.view.clear", null, this::clearSelection);
        MenuItem fullScreen = item("menu.view.fullScreen", new KeyCodeCombination(KeyCode.F11), this::toggleFullScreen);
        MenuItem filtersPanel = item("menu.view.filters", null, () -> panels.toggleLeft());
        MenuItem detailsPanel = item("menu.view.details", null, () -> panels.toggleRight());
        Menu view = Texts.bind(new Menu("", null, find, fit, play, clear, fullScreen, filtersPanel, detailsPanel,
                new SeparatorMenuItem(), LanguageMenu.of()), "menu.view");

        MenuItem keys = item("menu.help.keys", new KeyCodeCombination(KeyCode.F1), this::showHelp);
        Menu help = Texts.bind(new Menu("", null, keys), "menu.help");
        MenuBar bar = new MenuBar(file, editing.menu(), view, stories.menu(), help);
        bar.setId("menu");
        return bar;
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = Texts.bind(new MenuItem(), key);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        search.setOnChosen(this::chooseSearchHit);
        TextInputControl field = search.node();
        field.setPrefWidth(220);

        Button open = button("open", "toolbar.open", () -> editing.model().whenSafeToLeave(model::chooseAndOpen));
        Button export = button("export", "toolbar.export", () -> model.chooseAndExport(this::picture));
        Button fit = button("fit", "toolbar.fit", network::fit);

        SelectionViewModel selection = model.selection();
        ComboBox<Integer> depth = new ComboBox<>();
        depth.setId("focus-depth");
        depth.getItems().setAll(1, 2, 3);
        depth.setConverter(ChoiceText.of(d -> Texts.get("toolbar.depth", d)));
        ChoiceWords.show(depth, d -> Texts.get("toolbar.depth", d));
        depth.setValue(selection.focusDepthProperty().get());
        depth.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                selection.focusDepthProperty().set(value);
            }
        });
        depth.setTooltip(Texts.tooltip("toolbar.depth.tip"));
        Button focus = button("focus", "toolbar.focus", selection::focusOnSelection);
        focus.disableProperty().bind(selection.selectedEntityProperty().isNull());
        Button showAll = button("show-all", "toolbar.showAll", selection::showAll);
        showAll.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.filters().focusProperty().get().isEmpty(), model.filters().focusProperty()));
        Button path = button("path", "toolbar.path", selection::startPathFromSelection);
        path.disableProperty().bind(selection.selectedEntityProperty().isNull());

        Button play = button("play", "toolbar.play", model.playback()::togglePlaying);
        play.textProperty().unbind();
        play.textProperty().bind(Bindings.when(model.playback().playingProperty())
                .then(Texts.binding("toolbar.pause")).otherwise(Texts.binding("toolbar.play")));
        play.disableProperty().bind(model.filters().datedProperty().not());
        play.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> width = new Spinner<>(1, 20, model.playback().widthProperty().get());
        width.setId("play-width");
        width.setPrefWidth(80);
        width.setTooltip(Texts.tooltip("toolbar.width.tip"));
        width.valueProperty().addListener((obs, old, value) -> model.playback().widthProperty().set(value));
        Label yearsLabel = Texts.bind(new Label(), "toolbar.years");
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("play-speed");
        speed.getItems().setAll(0.5, 1.0, 2.0, 4.0);
        speed.setConverter(ChoiceText.of(s -> Texts.get("toolbar.speed", s)));
        ChoiceWords.show(speed, s -> Texts.get("toolbar.speed", s));
        speed.setValue(model.playback().speedProperty().get());
        speed.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.playback().speedProperty().set(value);
            }
        });
        speed.setTooltip(Texts.tooltip("toolbar.speed.tip"));
        // The network draws its names once: draw them again in the new language.
        languageWatch = Texts.onChange(() -> {
            if (!closed) {
                network.labelling().relabel();
            }
        });


        Button help = button("help", "toolbar.help", this::showHelp);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        // Play and the window's years come right after search, so a narrow window never hides them in overflow.
        Label windowYears = new Label();
        windowYears.setId("toolbar-years");
        windowYears.getStyleClass().add("toolbar-years");
        windowYears.textProperty().bind(model.playback().yearTextProperty());
        windowYears.setMinWidth(Region.USE_PREF_SIZE);
        ToolBar bar = new ToolBar(field, play, windowYears, width, yearsLabel, speed, new Separator(), open, export,
                new Separator(), fit, focus, depth, showAll, path, grow);
        bar.getItems().addAll(editing.toolbarItems());
        bar.getItems().add(help);
        // A control never shrinks below its words ("Expor…" in Spanish at 1280 px): what does not fit goes to the
        // toolbar's overflow menu instead.
        bar.getItems().forEach(item -> {
            if (item instanceof Region region && item != grow && !(item instanceof TextInputControl)) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setId("toolbar");
        return bar;
    }

    /** A button with the texts of {@code key} and {@code key.tip}. */
    private static Button button(String id, String key, Runnable action) {
        Button button = Texts.bind(new Button(), key);
        button.setId(id);
        button.setTooltip(Texts.tooltip(key + ".tip"));
        button.setOnAction(e -> action.run());
        button.setMnemonicParsing(false);
        return button;
    }

    private Node networkArea() {
        Label hidden = new Label();
        hidden.textProperty().bind(Texts.binding(() -> model.selection().selectedEntity()
                .map(e -> Texts.get("banner.hidden", Translated.name(e))).orElse(""),
                model.selection().selectedEntityProperty()));
        hidden.setWrapText(true);
        Button reveal = Texts.bind(new Button(), "banner.showIt");
        reveal.setId("reveal");
        reveal.setOnAction(e -> revealSelection());
        HBox banner = new HBox(12, hidden, reveal);
        banner.setId("hidden-banner");
        banner.getStyleClass().add("banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        banner.visibleProperty().bind(model.selection().hiddenByFiltersProperty());
        StackPane.setAlignment(banner, Pos.BOTTOM_CENTER);
        StackPane.setMargin(banner, new Insets(0, 16, 16, 16));

        Label pathHidden = Texts.bind(new Label(), "banner.pathHidden");
        pathHidden.setWrapText(true);
        Button showPath = Texts.bind(new Button(), "banner.showPath");
        showPath.setId("reveal-path");
        showPath.setMinWidth(Region.USE_PREF_SIZE);
        showPath.setOnAction(e -> model.selection().revealPath());
        HBox pathBanner = new HBox(12, pathHidden, showPath);
        pathBanner.setId("path-hidden-banner");
        pathBanner.getStyleClass().add("banner");
        pathBanner.setAlignment(Pos.CENTER_LEFT);
        pathBanner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pathBanner.visibleProperty().bind(model.selection().pathPartlyHiddenProperty()
                .and(model.selection().hiddenByFiltersProperty().not()));
        StackPane.setAlignment(pathBanner, Pos.BOTTOM_CENTER);
        StackPane.setMargin(pathBanner, new Insets(0, 16, 16, 16));

        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("banner");
        message.textProperty().bind(model.selection().messageProperty());
        message.visibleProperty().bind(model.selection().messageProperty().isNotEmpty());
        message.setWrapText(true);
        message.setMaxHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Region.USE_PREF_SIZE);
        message.setMouseTransparent(true);
        StackPane.setAlignment(message, Pos.TOP_LEFT);
        StackPane.setMargin(message, new Insets(12));

        progress.setId("progress");
        progress.setMaxSize(72, 72);
        progressText.getStyleClass().add("progress-text");
        progressText.textProperty().bind(model.busyTextProperty());
        stillLoading.setId("still-loading");
        stillLoading.getStyleClass().add("progress-text");
        stillLoading.setVisible(false);
        model.busyProperty().addListener((obs, old, busyNow) -> {
            stillLoading.setVisible(false);
            if (busyNow) {
                // Another dataset comes: search starts empty and keys go to the network ("still loading").
                search.clear();
                network.node().requestFocus();
            }
        });
        VBox busy = new VBox(14, progress, progressText, stillLoading);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(model.busyProperty());

        startFailure.setId("start-failure");
        startFailure.getStyleClass().add("start-failure");
        startFailure.setWrapText(true);
        startFailure.textProperty().bind(Texts.binding(() -> Texts.get("start.failure",
                model.startFailureProperty().get()), model.startFailureProperty()));
        startFailure.visibleProperty().bind(model.startFailureProperty().isNotEmpty());
        startFailure.setMaxWidth(560);

        StackPane area = new StackPane(network.node(), message, banner, pathBanner, busy, startFailure);
        // Long messages wrap inside the network area instead of running past its edge.
        message.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(area.getWidth() - 24, textWidth(message)), area.widthProperty(), message.textProperty()));
        area.getStyleClass().add("network-area");
        area.setMinWidth(300);
        return area;
    }

    /** The width a label needs for its text on one line, plus its padding. */
    private static double textWidth(Label label) {
        Text text = new Text(label.getText());
        text.setFont(label.getFont());
        return text.getLayoutBounds().getWidth() + label.snappedLeftInset() + label.snappedRightInset() + 2;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.filters().statusLineProperty());
        Label title = new Label();
        title.setId("dataset-title");
        title.getStyleClass().add("muted");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        status.setMinWidth(Region.USE_PREF_SIZE);
        // The network shows before the database is open; search and paths asked for meanwhile wait for it.
        Label opening = Texts.bind(new Label(), "status.openingStore");
        opening.setId("opening-note");
        opening.getStyleClass().add("muted");
        opening.visibleProperty().bind(model.storeReadyProperty().not().and(model.graphProperty().isNotNull()));
        opening.managedProperty().bind(opening.visibleProperty());
        HBox bar = new HBox(12, status, opening, grow, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ---- behaviour ----

    private void wireNetwork() {
        SelectionViewModel selection = model.selection();
        network.setOnEntityClicked(selection::selectEntity);
        network.setOnRelationshipClicked(selection::selectRelationship);
        network.setOnBackgroundClicked(this::clearSelection);
        network.setOnLayoutFailed(error -> dialogs.notifyError(Texts.get("error.layout", error)));
        // The graph the network draws: on a server, the window drawn last.
        network.setEntityTooltip(id -> Optional.ofNullable(model.filters().contents().graph())
                .flatMap(g -> g.entity(id))
                .map(e -> Translated.name(e) + "\n" + Vocabulary.of(e.type()) + " · "
                        + DatesInWords.of(e.lifespan()))
                .orElse(id));
    }

    private void wireModel() {
        model.graphProperty().addListener((obs, old, loaded) -> {
            if (loaded != null && model.isShowingEdit()) {
                shownGraph = loaded; // the filters' new contents then rebuild the network keeping places
            } else if (loaded != null) {
                showGraph(loaded);
            }
        });
        model.filters().contentsProperty().addListener((obs, old, contents) -> {
            // A new dataset is built by showGraph; this is the same dataset drawing entities the view lacks.
            // A server's window drawn for other filters is the same dataset too.
            if (contents.graph() != null && (contents.graph() == shownGraph
                    || contents.graph().isWindowOfSameWholeAs(shownGraph))) {
                network.showKeepingPlaces(contents.subgraph());
                applySelection();
            }
        });
        model.filters().visibleProperty().addListener((obs, old, visible) -> {
            showVisible();
            stories.setCompareFilter(model.filters().filter());
        });
        model.selection().pathOutsideFiltersProperty().addListener((obs, old, outside) -> showVisible());
        SelectionViewModel selection = model.selection();
        selection.highlightedEntitiesProperty().addListener((obs, old, value) -> applySelection());
        selection.highlightedRelationshipsProperty().addListener((obs, old, value) -> applySelection());
        selection.selectedEntityProperty().addListener((obs, old, value) -> applySelection());

    }

    private void showGraph(LoadedGraph loaded) {
        shownGraph = loaded;
        // Another dataset: what was typed for the last one goes, and the keys go to the network (F fits).
        search.clear();
        network.node().requestFocus();
        network.show(model.filters().contents().subgraph());
        stories.load(loaded, model.shownFileProperty().get());
        editing.load(stories.storiesPanel().model());
        timeline.load(loaded, stories.storiesPanel() == null ? null : stories.storiesPanel().model());
        stories.setCompareFilter(model.filters().filter());
        showVisible();
        applySelection();
    }

    private void showVisible() {
        ShownItems.apply(network, model.filters().visible(), model.selection().pathOutsideFiltersProperty().get());
    }

    private void applySelection() {
        SelectionViewModel selection = model.selection();
        network.setSelection(selection.selectedEntity().map(Entity::id),
                selection.highlightedEntitiesProperty().get(), selection.highlightedRelationshipsProperty().get());
    }

    private void chooseSearchHit(SearchHit hit) {
        String id = hit.entity().id();
        model.selection().selectEntity(id);
        network.setCamera(network.cameraFitting(model.selection().highlightedEntitiesProperty().get()));
        network.node().requestFocus();
    }

    private void revealSelection() {
        model.selection().revealSelected();
        model.selection().selectedEntity().ifPresent(e -> network.centreOn(e.id()));
    }

    private void clearSelection() {
        model.selection().clear();
    }

    private void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    private void installKeys() {
        // Plain keys act on the network unless the user is typing; a filter sees them before buttons do.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (model.busyProperty().get() && isShortcut(e)) {
                stillLoading.setVisible(true);
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.F7 || e.getCode() == KeyCode.F8) {
                if (e.getCode() == KeyCode.F7) {
                    panels.toggleLeft();
                } else {
                    panels.toggleRight();
                }
                e.consume();
                return;
            }
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (e.getCode() == KeyCode.ESCAPE) {
                if (typing) {
                    search.clear();
                    network.node().requestFocus();
                }
                clearSelection();
                e.consume();
            } else if (typing) {
                return;
            } else if (e.getCode() == KeyCode.SPACE) {
                model.playback().togglePlaying();
                e.consume();
            } else if (e.getCode() == KeyCode.F) {
                network.fit();
                e.consume();
            } else if (editing.handlePlainKey(e)) {
                e.consume();
            }
        });
    }

    /** The keys that act on a loaded dataset: F, Space, and Ctrl+F (search) and Ctrl+E (export). */
    private boolean isShortcut(KeyEvent e) {
        if (scene.getFocusOwner() instanceof TextInputControl && !e.isShortcutDown()) {
            return false;
        }
        return e.isShortcutDown() ? e.getCode() == KeyCode.F || e.getCode() == KeyCode.E
                : e.getCode() == KeyCode.F || e.getCode() == KeyCode.SPACE;
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (!droppedDataset(e.getDragboard().getFiles()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<Path> files = droppedDataset(e.getDragboard().getFiles());
            if (!files.isEmpty()) {
                editing.model().whenSafeToLeave(() -> model.open(files));
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** The CSV files dropped together, else the first JSON file or workbook dropped. */
    private static List<Path> droppedDataset(List<File> files) {
        List<Path> csv = files.stream().map(File::toPath)
                .filter(f -> DatasetFiles.Kind.of(f) == DatasetFiles.Kind.CSV).toList();
        if (!csv.isEmpty()) {
            return csv;
        }
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).matches(".*\\.(json|xlsx)"))
                .findFirst().map(f -> List.of(f.toPath())).orElse(List.of());
    }

    /** The network at twice its size on screen, taken now; encoded and written off the JavaFX thread. */
    private ViewPicture.Taken picture() {
        WritableImage image = network.snapshot(PNG_SCALE);
        return file -> PngFile.write(image, file);
    }

    /** Exports to the file as File ▸ Export does once a file is chosen: by its extension (see the view model). */
    public TaskHandle export(Path file) {
        return model.export(file, this::picture);
    }

    /** Writes a picture of the whole window (toolbar, panels and network) as a PNG file, atomically. */
    public static void saveSnapshot(Scene scene, Path file) throws IOException {
        PngFile.write(scene.snapshot(null), file);
    }

    private void showHelp() {
        dialogs.showKeys(Texts.get("help.title"), KeyTable.keys());
    }
}

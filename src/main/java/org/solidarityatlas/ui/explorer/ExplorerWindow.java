package org.solidarityatlas.ui.explorer;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;
import org.controlsfx.control.Notifications;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.export.DatasetExport;
import org.solidarityatlas.ui.explorer.ExplorerViewModel.RejectedFile;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.stories.StoryTools;
import org.solidarityatlas.ui.stories.StepCapture;

/**
 * The explorer's main window: toolbar, filters on the left, the network in the middle, details on the right and
 * a status line. It shows at once with a progress indicator; the view model opens the store and loads the
 * dataset in the background. The window only wires controls to view models and the network view.
 */
public final class ExplorerWindow {

    public static final String STYLESHEET = "/assets/atlas.css";
    /** PNG exports are drawn at twice the screen size, sharp enough for slides. */
    public static final double PNG_SCALE = 2;

    private final Stage stage;
    private final ExplorerViewModel model;
    private final Consumer<String> openUrl;
    private final NetworkView network = new NetworkView();
    private final SearchField search;
    private final Label yearOverlay = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label progressText = new Label();
    private final Label startFailure = new Label();
    private final Scene scene;
    private boolean closed;
    private final StoryTools stories;
    /** The file asked for last, and the one whose data is shown: Save in the stories panel writes to it. */
    private Optional<Path> requestedFile = Optional.empty();
    private Optional<Path> shownFile = Optional.empty();
    /** The dataset the network view was last built for; a rebuild of part of it keeps places. */
    private LoadedGraph shownGraph;

    public ExplorerWindow(Stage stage, ExplorerViewModel model, Consumer<String> openUrl) {
        this.stage = stage;
        this.model = model;
        this.openUrl = openUrl;
        this.search = new SearchField(model.selection());

        this.stories = new StoryTools(network, this::captureStep, id -> model.selection().selectEntity(id));
        BorderPane root = new BorderPane();
        root.getStyleClass().add("atlas");
        root.setTop(new VBox(menuBar(), toolBar()));
        SplitPane body = new SplitPane(new FilterPanel(model.filters()).node(), networkArea(),
                stories.panelWith("Details", new DetailsPanel(model.details(), openUrl).node()));
        body.setDividerPositions(0.22, 0.74);
        SplitPane.setResizableWithParent(body.getItems().get(0), false);
        SplitPane.setResizableWithParent(body.getItems().get(2), false);
        root.setCenter(body);
        root.setBottom(statusBar());

        scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(ExplorerWindow.class.getResource(STYLESHEET).toExternalForm());
        installKeys();
        installDragAndDrop();
        wireNetwork();
        wireModel();

        stage.setTitle("Solidarity Atlas");
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> close());
    }

    /** Shows the window at once and starts loading in the background. */
    public void show(ExplorerViewModel.StoreOpener opener, Optional<Path> file) {
        requestedFile = file;
        stage.show();
        // Start with the keys on the network, so F and Space work and the search field shows its hint.
        network.node().requestFocus();
        model.start(opener, file);
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
        model.close();
        network.dispose();
    }

    // ---- layout ----

    private MenuBar menuBar() {
        MenuItem open = item("Open dataset…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndOpen);
        MenuItem export = item("Export…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndExport);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        Menu file = new Menu("File", null, open, new ConnectToServer(stage, model, new RecentServers()).menuItem(),
                export, quit);

        MenuItem find = item("Search", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                search::focus);
        MenuItem fit = item("Fit to window (F)", null, network::fit);
        MenuItem play = item("Play / pause (Space)", null, model.playback()::togglePlaying);
        MenuItem clear = item("Clear selection (Esc)", null, this::clearSelection);
        MenuItem fullScreen = item("Full screen", new KeyCodeCombination(KeyCode.F11), this::toggleFullScreen);
        Menu view = new Menu("View", null, find, fit, play, clear, fullScreen);

        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showHelp);
        Menu help = new Menu("Help", null, keys);
        MenuBar bar = new MenuBar(file, view, stories.menu(), help);
        bar.setId("menu");
        return bar;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        search.setOnChosen(this::chooseSearchHit);
        TextInputControl field = search.node();
        field.setPrefWidth(260);

        Button open = button("open", "Open", "Open a dataset file (Ctrl+O)", this::chooseAndOpen);
        Button export = button("export", "Export", "Export the view as PNG or the dataset (Ctrl+E)",
                this::chooseAndExport);
        Button fit = button("fit", "Fit", "Fit the network to the window (F)", network::fit);

        SelectionViewModel selection = model.selection();
        ComboBox<Integer> depth = new ComboBox<>();
        depth.setId("focus-depth");
        depth.getItems().setAll(1, 2, 3);
        depth.setConverter(converter(d -> "Depth " + d));
        depth.setValue(selection.focusDepthProperty().get());
        depth.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                selection.focusDepthProperty().set(value);
            }
        });
        depth.setTooltip(new Tooltip("How far Focus reaches from the selected entity"));
        Button focus = button("focus", "Focus", "Show only the selected entity and its neighbours",
                selection::focusOnSelection);
        focus.disableProperty().bind(selection.selectedEntityProperty().isNull());
        Button showAll = button("show-all", "Show all", "Leave the focus and show everything the filters admit",
                selection::showAll);
        showAll.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.filters().focusProperty().get().isEmpty(), model.filters().focusProperty()));
        Button path = button("path", "Path…", "How is the selected entity connected to another one?",
                selection::startPathFromSelection);
        path.disableProperty().bind(selection.selectedEntityProperty().isNull());

        Button play = button("play", "▶ Play", "Play the time window through the years (Space)",
                model.playback()::togglePlaying);
        play.textProperty().bind(Bindings.when(model.playback().playingProperty())
                .then("❚❚ Pause").otherwise("▶ Play"));
        play.disableProperty().bind(model.filters().datedProperty().not());
        play.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> width = new Spinner<>(1, 20, model.playback().widthProperty().get());
        width.setId("play-width");
        width.setPrefWidth(80);
        width.setTooltip(new Tooltip("Width of the time window while playing, in years"));
        width.valueProperty().addListener((obs, old, value) -> model.playback().widthProperty().set(value));
        Label yearsLabel = new Label("yrs");
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("play-speed");
        speed.getItems().setAll(0.5, 1.0, 2.0, 4.0);
        speed.setConverter(converter(s -> (s == Math.rint(s) ? Integer.toString(s.intValue()) : s.toString())
                + " yr/s"));
        speed.setValue(model.playback().speedProperty().get());
        speed.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.playback().speedProperty().set(value);
            }
        });
        speed.setTooltip(new Tooltip("Playback speed: years per second"));

        Button help = button("help", "?", "Keyboard shortcuts (F1)", this::showHelp);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        ToolBar bar = new ToolBar(field, open, export, new Separator(), fit, focus, depth, showAll, path,
                new Separator(), play, width, yearsLabel, speed, grow, help);
        bar.setId("toolbar");
        return bar;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null; // the combo boxes are not editable: choices are picked, never typed
            }
        };
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setMnemonicParsing(false);
        return button;
    }

    private Node networkArea() {
        yearOverlay.setId("year-overlay");
        yearOverlay.getStyleClass().add("year-overlay");
        yearOverlay.textProperty().bind(model.playback().yearTextProperty());
        yearOverlay.visibleProperty().bind(model.playback().playingProperty());
        yearOverlay.setMouseTransparent(true);
        StackPane.setAlignment(yearOverlay, Pos.TOP_CENTER);
        StackPane.setMargin(yearOverlay, new Insets(16, 0, 0, 0));

        Label hidden = new Label();
        hidden.textProperty().bind(Bindings.createStringBinding(() -> model.selection().selectedEntity()
                .map(e -> e.name() + " is hidden by the current filters.").orElse(""),
                model.selection().selectedEntityProperty()));
        hidden.setWrapText(true);
        Button reveal = new Button("Show it");
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
        VBox busy = new VBox(14, progress, progressText);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(model.busyProperty());

        startFailure.setId("start-failure");
        startFailure.getStyleClass().add("start-failure");
        startFailure.setWrapText(true);
        startFailure.setVisible(false);
        startFailure.setMaxWidth(560);

        StackPane area = new StackPane(network.node(), yearOverlay, message, banner, busy, startFailure);
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
        HBox bar = new HBox(12, status, grow, title);
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
        network.setOnLayoutFailed(error -> notifyError("The network could not be laid out (" + error
                + "): it stays as far as the layout got"));
        network.setEntityTooltip(id -> model.graph().flatMap(g -> g.entity(id))
                .map(e -> e.name() + "\n" + e.type().label() + " · " + e.lifespan().inWords())
                .orElse(id));
    }

    private void wireModel() {
        model.graphProperty().addListener((obs, old, loaded) -> {
            if (loaded != null) {
                showGraph(loaded);
            }
        });
        model.filters().contentsProperty().addListener((obs, old, contents) -> {
            // A new dataset is built by showGraph; this is the same dataset drawing entities the view lacks.
            if (contents.graph() != null && contents.graph() == shownGraph) {
                network.showKeepingPlaces(contents.subgraph());
                applySelection();
            }
        });
        model.filters().visibleProperty().addListener((obs, old, visible) -> {
            network.applyVisibility(visible.entityIds(), visible.relationshipIds());
            stories.setCompareFilter(model.filters().filter());
        });
        SelectionViewModel selection = model.selection();
        selection.highlightedEntitiesProperty().addListener((obs, old, value) -> applySelection());
        selection.highlightedRelationshipsProperty().addListener((obs, old, value) -> applySelection());
        selection.selectedEntityProperty().addListener((obs, old, value) -> applySelection());
        model.titleProperty().addListener((obs, old, title) -> stage.setTitle(title + " — Solidarity Atlas"));
        model.setOnRejected(this::showRejected);
        model.setOnError(this::notifyError);
        model.setOnStartFailed(this::showStartFailure);
    }

    private void showGraph(LoadedGraph loaded) {
        shownGraph = loaded;
        network.show(model.filters().contents().subgraph());
        shownFile = requestedFile;
        stories.load(loaded.dataset(), shownFile);
        stories.setCompareFilter(model.filters().filter());
        var visible = model.filters().visible();
        network.applyVisibility(visible.entityIds(), visible.relationshipIds());
        applySelection();
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
            }
        });
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (droppedJson(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Optional<File> file = droppedJson(e.getDragboard().getFiles());
            file.ifPresent(f -> openFile(f.toPath()));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    private static Optional<File> droppedJson(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".json")).findFirst();
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Solidarity Atlas dataset", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openFile(file.toPath());
        }
    }

    private void openFile(Path file) {
        requestedFile = Optional.of(file);
        model.open(file);
    }

    /** A story step from what the window shows now: the filters, the selected entity and the focus depth. */
    private StoryStep captureStep(String title) {
        List<String> focus = model.selection().selectedEntity().map(e -> List.of(e.id())).orElse(List.of());
        Optional<Integer> depth = model.filters().focusProperty().get().isPresent()
                ? Optional.of(model.selection().focusDepthProperty().get()) : Optional.empty();
        return StepCapture.capture(title, model.filters().filter(), focus, depth);
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("View as PNG image (2×)", "*.png");
        chooser.getExtensionFilters().add(png);
        for (DatasetExport format : DatasetExport.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(),
                    "*." + format.extension()));
        }
        chooser.setInitialFileName("solidarity-atlas.png");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        String extension = chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            target = target.resolveSibling(target.getFileName() + extension);
        }
        export(target);
    }

    /**
     * Exports to the file, by its extension: {@code .png} saves the view at twice its size, the extensions of
     * {@link DatasetExport} write the dataset.
     */
    public void export(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            try {
                network.savePng(file, PNG_SCALE);
                notifyDone("Saved the view to " + file.getFileName());
            } catch (IOException | RuntimeException e) {
                notifyError("Could not save " + file.getFileName() + ": " + e.getMessage());
            }
            return;
        }
        Optional<DatasetExport> format = DatasetExport.forFile(file);
        if (format.isEmpty()) {
            notifyError("Cannot export to " + file.getFileName() + ": use .png"
                    + Arrays.stream(DatasetExport.values()).map(f -> ", ." + f.extension())
                            .collect(Collectors.joining()));
            return;
        }
        model.exportDataset(file, format.get()::write, () -> notifyDone("Exported the dataset to " + file.getFileName()));
    }

    /** Writes a picture of the whole window (toolbar, panels and network) as a PNG file, atomically. */
    public static void saveSnapshot(Scene scene, Path file) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private void showRejected(RejectedFile rejected) {
        requestedFile = shownFile;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Dataset not opened");
        alert.setHeaderText(rejected.fileName() + " has " + rejected.errors().size()
                + (rejected.errors().size() == 1 ? " problem" : " problems") + "; nothing was changed.");
        TextArea list = new TextArea(String.join("\n", rejected.lines()));
        list.setId("problems");
        list.setEditable(false);
        list.setWrapText(true);
        // Wrapped messages take about two lines each; room for several before it scrolls.
        int lines = Math.min(14, Math.max(6, 2 * rejected.errors().size()));
        list.setPrefSize(680, lines * 22 + 16);
        list.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        alert.show();
    }

    private void showStartFailure(String message) {
        startFailure.setText("The dataset could not be loaded:\n" + message);
        startFailure.setVisible(true);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Solidarity Atlas");
        alert.setHeaderText("The dataset could not be loaded");
        alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        alert.show();
    }

    private void showHelp() {
        GridPane keys = new GridPane();
        keys.setId("help-keys");
        keys.setHgap(24);
        keys.setVgap(8);
        String[][] rows = {
            {"Ctrl+F", "Search names, aliases and descriptions"},
            {"Ctrl+O", "Open a dataset file (or drop a .json file on the window)"},
            {"Ctrl+E", "Export the view as PNG, or the dataset as JSON, GraphML or GEXF"},
            {"F", "Fit the network to the window"},
            {"Space", "Play or pause the time window"},
            {"Escape", "Clear the selection"},
            {"F11", "Full screen"},
            {"F5", "Present the chosen story (then Right/Left, Page Down/Up, Space, Home/End; Escape leaves)"},
            {"Ctrl+Shift+N", "Add a story step from the current view"},
            {"Ctrl+S", "Save the stories into the dataset file"},
            {"F1", "This list"},
            {"Mouse", "Wheel zooms, drag on empty space pans, drag a node to move it"},
            {"Ctrl-click a type", "Show only that type"},
        };
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("key");
            keys.addRow(i, key, new Label(rows[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(keys);
        alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        alert.show();
    }

    private void notifyError(String message) {
        Platform.runLater(() -> Notifications.create().owner(stage).title("Solidarity Atlas").text(message)
                .showError());
    }

    private void notifyDone(String message) {
        Platform.runLater(() -> Notifications.create().owner(stage).title("Solidarity Atlas").text(message)
                .showInformation());
    }
}

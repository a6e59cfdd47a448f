package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.Focus;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.ui.stories.StepCapture;
import org.solidarityatlas.ui.tasks.LatestRequest;
import org.solidarityatlas.ui.tasks.TaskExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.solidarityatlas.export.DatasetExport;
import org.solidarityatlas.ui.dialogs.DialogService;
import org.solidarityatlas.ui.dialogs.DialogService.FileType;
import org.solidarityatlas.ui.tasks.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.Problem;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.StoreException;

/**
 * The explorer as a whole: opens the store and loads the dataset in the background, opens and exports dataset
 * files (asking and telling the user through the {@link DialogService}), and hands each loaded dataset to the
 * filter, playback, selection and details view models.
 */
public final class ExplorerViewModel {

    /** The dataset a first start loads into an empty store. */
    public static final String BUNDLED_DATASET = "/seeds/ue-fat-alliance.json";

    /** Opens the store; may block, so it runs on the background thread. */
    @FunctionalInterface
    public interface StoreOpener {
        GraphStore open();
    }

    /** Writes a dataset to a file in some format (JSON, GraphML, GEXF); runs on the background thread. */
    @FunctionalInterface
    public interface DatasetFileWriter {
        void write(Dataset dataset, Path file) throws IOException;
    }

    /** A dataset file that failed validation, with its errors; nothing was changed. */
    public record RejectedFile(String fileName, List<Problem> errors) {

        /** One line per error: "12:5: message". */
        public List<String> lines() {
            return errors.stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
        }
    }

    /** What a load produced: the dataset ready to show (null when the file was rejected) and from which file. */
    private record Loaded(GraphStore store, LoadedGraph graph, Optional<Path> file, Optional<RejectedFile> rejected) {
    }

    private final TaskExecutor executor;
    private final String bundledResource;
    private final FilterViewModel filters = new FilterViewModel();
    private final PlaybackViewModel playback;
    private final SelectionViewModel selection;
    private final DetailsViewModel details;

    private final ReadOnlyObjectWrapper<LoadedGraph> graph = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Solidarity Atlas");

    private GraphStore store;
    /** A newer open supersedes one still reading its file. */
    private final LatestRequest loading = new LatestRequest();
    private final ReadOnlyObjectWrapper<Optional<Path>> shownFile = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper startFailure = new ReadOnlyStringWrapper("");

    public ExplorerViewModel(TaskExecutor executor, PlaybackClock clock, DialogService dialogs) {
        this(executor, clock, dialogs, BUNDLED_DATASET);
    }

    public ExplorerViewModel(TaskExecutor executor, PlaybackClock clock, DialogService dialogs,
            String bundledResource) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.bundledResource = bundledResource;
        this.playback = new PlaybackViewModel(filters, clock);
        this.selection = new SelectionViewModel(filters, executor);
        this.details = new DetailsViewModel(selection);
        selection.setOnError(dialogs::notifyError);
    }

    /**
     * Opens the store and loads a dataset: the file when one is given and valid (a rejected file is reported and
     * the stored dataset shown), else the stored dataset, else the bundled one on a first start.
     */
    public void start(StoreOpener opener, Optional<Path> file) {
        setBusy("Opening the database…");
        loading.start(() -> executor.submit(() -> {
            GraphStore opened = opener.open();
            try {
                Optional<RejectedFile> rejected = Optional.empty();
                // What was just stored is what the store would give back, so it is shown without reading it again.
                Dataset stored = null;
                Optional<Path> shown = Optional.empty();
                if (file.isPresent()) {
                    ReadResult result = new DatasetReader().read(file.get());
                    if (result.isValid()) {
                        stored = result.dataset().get();
                        opened.replaceDataset(stored);
                        shown = file;
                    } else {
                        rejected = Optional.of(rejection(file.get(), result));
                    }
                }
                if (opened.isEmpty()) {
                    stored = bundledDataset();
                    opened.replaceDataset(stored);
                }
                return new Loaded(opened, prepared(stored != null ? stored : storedDataset(opened)), shown, rejected);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, loaded -> {
            store = loaded.store();
            install(loaded.graph(), loaded.file());
            loaded.rejected().ifPresent(this::showRejected);
        }, e -> {
            setIdle();
            startFailure.set(oneLine(e));
            dialogs.showError("The dataset could not be loaded", oneLine(e));
        }));
    }

    /** Validates the file; a valid one replaces the dataset, an invalid one is reported and changes nothing. */
    public void open(Path file) {
        GraphStore current = store;
        if (current == null) {
            return;
        }
        setBusy("Opening " + file.getFileName() + "…");
        loading.start(() -> executor.submit(() -> {
            ReadResult result = new DatasetReader().read(file);
            if (!result.isValid()) {
                return new Loaded(current, null, Optional.empty(), Optional.of(rejection(file, result)));
            }
            current.replaceDataset(result.dataset().get());
            return new Loaded(current, prepared(result.dataset().get()), Optional.of(file), Optional.empty());
        }, loaded -> {
            if (loaded.graph() != null) {
                install(loaded.graph(), loaded.file());
            } else {
                setIdle();
            }
            loaded.rejected().ifPresent(this::showRejected);
        }, e -> {
            setIdle();
            dialogs.notifyError(oneLine(e));
        }));
    }

    /** File ▸ Open: asks for a dataset file and opens it. */
    public void chooseAndOpen() {
        dialogs.chooseFileToOpen("Open dataset", List.of(new FileType("Solidarity Atlas dataset", "json")))
                .ifPresent(this::open);
    }

    /** File ▸ Export: asks for a file; its type decides between a picture of the view and the dataset. */
    public void chooseAndExport(ViewPicture picture) {
        List<FileType> types = new ArrayList<>();
        types.add(new FileType("View as PNG image (2×)", "png"));
        for (DatasetExport format : DatasetExport.values()) {
            types.add(new FileType(format.description(), format.extension()));
        }
        dialogs.chooseFileToSave("Export", "solidarity-atlas.png", types).ifPresent(file -> export(file, picture));
    }

    /**
     * Exports to the file, by its extension: {@code .png} saves the picture of the view (encoded and written off
     * the JavaFX thread), the extensions of {@link DatasetExport} write the dataset. The user hears how it went.
     */
    public TaskHandle export(Path file, ViewPicture picture) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            ViewPicture.Taken taken;
            try {
                taken = picture.take();
            } catch (RuntimeException e) {
                dialogs.notifyError("Could not save " + file.getFileName() + ": " + oneLine(e));
                return TaskHandle.ended(TaskHandle.Outcome.FAILED);
            }
            return executor.submit(() -> {
                taken.writePng(file);
                return file;
            }, written -> dialogs.notifyDone("Saved the view to " + file.getFileName()),
                    e -> dialogs.notifyError("Could not save " + file.getFileName() + ": " + oneLine(e)));
        }
        Optional<DatasetExport> format = DatasetExport.forFile(file);
        if (format.isEmpty()) {
            dialogs.notifyError("Cannot export to " + file.getFileName() + ": use .png"
                    + Arrays.stream(DatasetExport.values()).map(f -> ", ." + f.extension())
                            .collect(Collectors.joining()));
            return TaskHandle.ended(TaskHandle.Outcome.FAILED);
        }
        return exportDataset(file, format.get()::write,
                () -> dialogs.notifyDone("Exported the dataset to " + file.getFileName()));
    }

    private void showRejected(RejectedFile rejected) {
        int count = rejected.errors().size();
        dialogs.showProblems("Dataset not opened", rejected.fileName() + " has " + count
                + (count == 1 ? " problem" : " problems") + "; nothing was changed.", rejected.lines());
    }

    /**
     * A story step from what the explorer shows now: the filters, and the focus (its centre and depth) when the
     * network is focused, else the selected entity to centre on. Replaying it shows the same picture, because the
     * focus is worked out by the same engine in both.
     */
    public StoryStep captureStep(String title) {
        Optional<Focus> focus = filters.focusProperty().get();
        List<String> centre = focus.map(Focus::centre)
                .orElseGet(() -> selection.selectedEntity().map(e -> List.of(e.id())).orElse(List.of()));
        return StepCapture.capture(title, filters.filter(), centre, focus.map(Focus::depth));
    }

    /** Writes the loaded dataset with the writer, off the JavaFX thread, then calls {@code onDone}. */
    public TaskHandle exportDataset(Path file, DatasetFileWriter writer, Runnable onDone) {
        LoadedGraph current = graph.get();
        if (current == null) {
            return TaskHandle.ended(TaskHandle.Outcome.CANCELLED);
        }
        return executor.submit(() -> {
            writer.write(current.dataset(), file);
            return file;
        }, written -> onDone.run(),
                e -> dialogs.notifyError("Could not write " + file.getFileName() + ": " + oneLine(e)));
    }

    /** Stops playback and closes the store; the window is going away. */
    public void close() {
        playback.pause();
        GraphStore current = store;
        store = null;
        if (current != null) {
            executor.submit(() -> {
                current.close();
                return current;
            }, closed -> { }, e -> { });
        }
        executor.shutdown();
    }

    private void install(LoadedGraph loaded, Optional<Path> file) {
        playback.pause();
        shownFile.set(file);
        filters.load(loaded);
        selection.load(loaded, store);
        details.load(loaded);
        title.set(loaded.dataset().title());
        graph.set(loaded);
        setIdle();
    }

    /** The dataset ready for filtering, with what the filters show first already computed (off the JavaFX thread). */
    private LoadedGraph prepared(Dataset dataset) {
        LoadedGraph loaded = new LoadedGraph(dataset);
        filters.prepare(loaded);
        return loaded;
    }

    private Dataset bundledDataset() {
        String name = bundledResource.substring(bundledResource.lastIndexOf('/') + 1);
        try (InputStream in = ExplorerViewModel.class.getResourceAsStream(bundledResource)) {
            if (in == null) {
                throw new StoreException("the bundled dataset " + bundledResource + " is missing from the application");
            }
            ReadResult result = new DatasetReader().read(in, name);
            if (!result.isValid()) {
                throw new StoreException("the bundled dataset is invalid: " + result.errors().get(0));
            }
            return result.dataset().get();
        } catch (IOException e) {
            throw new StoreException("could not read the bundled dataset: " + e.getMessage(), e);
        }
    }

    private static Dataset storedDataset(GraphStore store) {
        return store.dataset().orElseThrow(() -> new StoreException("the database holds no dataset"));
    }

    private static RejectedFile rejection(Path file, ReadResult result) {
        List<Problem> errors = result.errors().isEmpty() ? result.problems() : result.errors();
        return new RejectedFile(file.getFileName().toString(), errors);
    }

    /** The first line of the exception's message, for a dialog or a notification. */
    static String oneLine(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private void setBusy(String text) {
        busyText.set(text);
        busy.set(true);
    }

    private void setIdle() {
        busy.set(false);
        busyText.set("");
    }

    /** Why the store could not be opened or no dataset loaded, in one line; empty while all is well. */
    public ReadOnlyStringProperty startFailureProperty() {
        return startFailure.getReadOnlyProperty();
    }

    public FilterViewModel filters() {
        return filters;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    public SelectionViewModel selection() {
        return selection;
    }

    public DetailsViewModel details() {
        return details;
    }

    /** The file the shown dataset came from; empty for the stored or bundled one. Save writes the stories there. */
    public ReadOnlyObjectProperty<Optional<Path>> shownFileProperty() {
        return shownFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadedGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public Optional<LoadedGraph> graph() {
        return Optional.ofNullable(graph.get());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}

// Over 600 lines (681) for now: on one day the server's windows, editing (showEdited, applyToStore, newDataset)
// and the full-disk start joined the opening and exporting of datasets. The next split moves dataset files
// (open, export, chooseAndOpen/Export) into a DatasetFiles view model and editing's three entry points into
// ExplorerEditing, leaving this class the start and the loaded dataset.
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
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
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
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.Problem;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.DiskFullException;
import org.solidarityatlas.store.GraphEdit;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.StoreException;
import org.solidarityatlas.ui.text.Texts;
import org.solidarityatlas.ui.text.Translated;

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

        /**
         * One line per error in the window's language: "line 12, column 5: message" ("línea 12, columna 5: …"),
         * or "Entities!B7: message" in a workbook.
         */
        public List<String> lines() {
            return errors.stream().map(p -> p.describe(Texts.locale())).toList();
        }
    }

    /** What a load produced: the dataset to show (null if the file was rejected), its file, a server's window. */
    private record Loaded(GraphStore store, LoadedGraph graph, Optional<Path> file, Optional<RejectedFile> rejected,
            ServerWindows.Window window) {

        Loaded(GraphStore store, LoadedGraph graph, Optional<Path> file, Optional<RejectedFile> rejected) {
            this(store, graph, file, rejected, null);
        }

        static Loaded window(GraphStore store, ServerWindows.Window window) {
            return new Loaded(store, window.graph(), Optional.empty(), Optional.empty(), window);
        }
    }

    private final TaskExecutor executor;
    private final String bundledResource;
    private final FilterViewModel filters;
    private final PlaybackViewModel playback;
    private final SelectionViewModel selection;
    private final DetailsViewModel details;
    /** On a server, what the filters draw is asked of it: see {@link ServerWindows}. */
    private final ServerWindows windows;

    private final ReadOnlyObjectWrapper<LoadedGraph> graph = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Texts.get("window.title"));
    /** The dataset's title and the busy line are said again in a newly chosen language. */
    private final javafx.beans.InvalidationListener languageWatch = Texts.onChange(() -> {
        if (this.graph.get() != null) {
            title.set(Translated.title(this.graph.get().dataset()));
        }
    });

    /** Set on the background thread once open; read there by the work queued behind the opening. */
    private volatile GraphStore store;
    private final ReadOnlyBooleanWrapper storeReady = new ReadOnlyBooleanWrapper(false);
    /** Where the stored dataset is copied for the next start. */
    private DatasetSnapshot snapshot = DatasetSnapshot.NONE;
    /** A newer open supersedes one still reading its file. */
    private final LatestRequest loading = new LatestRequest();
    /** Set by {@link #close}; read by a start still opening the store on the background thread. */
    private volatile boolean closed;
    private final ReadOnlyObjectWrapper<Optional<Path>> shownFile = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper startFailure = new ReadOnlyStringWrapper("");
    private boolean showingEdit;

    /** The parts of the explorer each dataset is handed to; the composition root builds and wires them. */
    public record Parts(FilterViewModel filters, PlaybackViewModel playback, SelectionViewModel selection,
            DetailsViewModel details) {
    }

    /** {@code bundledResource}: the dataset a first start loads into an empty store ({@link #BUNDLED_DATASET}). */
    public ExplorerViewModel(TaskExecutor executor, DialogService dialogs, Parts parts, String bundledResource) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.bundledResource = bundledResource;
        this.filters = parts.filters();
        this.playback = parts.playback();
        this.selection = parts.selection();
        this.details = parts.details();
        selection.setOnError(dialogs::notifyError);
        this.windows = new ServerWindows(filters, selection, details, executor, dialogs::notifyError);
        selection.setOnOutsideWindow(windows::bringIn);
        selection.setOnPathFound(windows::pinPath);
    }

    /**
     * Opens the store and loads a dataset: the file when one is given and valid (a rejected file is reported and
     * the stored dataset shown), else the stored dataset, else the bundled one on a first start. Waits for the
     * store before showing anything; {@link #start(StoreOpener, Optional, DatasetSnapshot, boolean)} does not.
     */
    public void start(StoreOpener opener, Optional<Path> file) {
        start(opener, file, DatasetSnapshot.NONE, false);
    }

    /**
     * As {@link #start(StoreOpener, Optional)}, but the network shows before the store is open: from the file,
     * else from the snapshot, else, on a first start (an empty data directory), from the bundled dataset. Search,
     * paths and opening files asked for meanwhile wait for the store and then run; {@link #storeReadyProperty()}
     * says when it is open. If the store turns out to hold another dataset than the snapshot, that one replaces
     * the preview. The snapshot is rewritten whenever the stored dataset changes.
     */
    public void start(StoreOpener opener, Optional<Path> file, DatasetSnapshot kept, boolean firstStart) {
        snapshot = kept;
        setBusy(Texts.get("busy.openingStore"));
        storeReady.set(false);
        AtomicReference<Preview> preview = new AtomicReference<>(Preview.NOTHING);
        // The preview is a load like others: a file opened meanwhile supersedes it.
        loading.start(() -> executor.submit(() -> {
            preview.set(preview(file, kept, firstStart));
            return preview.get();
        }, shown -> {
            if (shown.graph() != null) {
                install(shown.graph(), shown.file());
            }
            shown.rejected().ifPresent(this::showRejected);
        }, e -> { }));
        // Why the file could not be stored (a full disk); the stored dataset shows instead.
        AtomicReference<String> fileNotStored = new AtomicReference<>();
        // Opening the store is never superseded: what is asked for meanwhile is queued behind it.
        executor.submit(() -> {
            GraphStore opened = opener.open();
            try {
                Preview shown = preview.get();
                Dataset stored = null;
                if (shown.fileDataset() != null) {
                    try {
                        opened.replaceDataset(shown.fileDataset());
                        stored = shown.fileDataset();
                    } catch (DiskFullException e) {
                        fileNotStored.set(e.getMessage());
                    }
                }
                if (stored == null && opened.isEmpty()) {
                    stored = bundledDataset();
                    opened.replaceDataset(stored);
                } else if (stored == null && opened.drawsWindows()) {
                    // A server's dataset may not fit here: only what the filters draw is loaded.
                    Loaded first = firstWindow(opened);
                    if (closed) {
                        opened.close();
                        return null;
                    }
                    store = opened;
                    return first;
                } else if (stored == null) {
                    stored = storedDataset(opened);
                }
                if (closed) {
                    // The window closed while the store opened: nobody will show it, so it closes now.
                    opened.close();
                    return null;
                }
                Dataset previewed = shown.graph() == null ? null : shown.graph().dataset();
                boolean previewHolds = stored.equals(previewed);
                if (!(previewHolds && shown.fromSnapshot())) {
                    kept.write(stored);
                }
                // Set here, on the background thread, so that the work queued behind this sees it.
                store = opened;
                Optional<Path> savedTo = fileNotStored.get() == null ? shown.file() : Optional.empty();
                return new Loaded(opened, previewHolds ? null : prepared(stored), savedTo, Optional.empty());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, loaded -> {
            if (closed) {
                // The window closed while this load was on its way: nothing shows it, and its store closes.
                if (loaded != null) {
                    closeLater(loaded.store());
                }
                return;
            }
            storeReady.set(true);
            if (loaded.window() != null) {
                install(loaded.window());
            } else if (loaded.graph() != null) {
                install(loaded.graph(), loaded.file());
            }
            if (fileNotStored.get() != null) {
                dialogs.notifyError(fileNotStored.get());
            }
        }, e -> {
            setIdle();
            startFailure.set(oneLine(e));
            dialogs.showError(Texts.get("error.notLoaded"), oneLine(e));
        });
    }

    /** What the network shows before the store is open, and the file's dataset when the file is valid. */
    private record Preview(LoadedGraph graph, Dataset fileDataset, Optional<Path> file, boolean fromSnapshot,
            Optional<RejectedFile> rejected) {
        static final Preview NOTHING = new Preview(null, null, Optional.empty(), false, Optional.empty());
    }

    private Preview preview(Optional<Path> file, DatasetSnapshot kept, boolean firstStart) {
        Optional<RejectedFile> rejected = Optional.empty();
        if (file.isPresent()) {
            ReadResult result = DatasetFiles.read(List.of(file.get()));
            if (result.isValid()) {
                Dataset dataset = result.dataset().get();
                return new Preview(prepared(dataset), dataset, file, false, rejected);
            }
            rejected = Optional.of(rejection(file.get(), result));
        }
        Optional<Dataset> snapshotted = kept.read();
        if (snapshotted.isPresent()) {
            return new Preview(prepared(snapshotted.get()), null, Optional.empty(), true, rejected);
        }
        if (firstStart) {
            return new Preview(prepared(bundledDataset()), null, Optional.empty(), false, rejected);
        }
        return new Preview(null, null, Optional.empty(), false, rejected);
    }

    /** The open store, for work on the background thread, which runs after the work that opens it. */
    private GraphStore openStore() {
        GraphStore current = store;
        if (current == null) {
            throw new StoreException("the database is not open");
        }
        return current;
    }

    /**
     * Changes to the store the opener opens (a server, from File → Connect to server…) and shows its dataset.
     * The current store stays open and shown until the new one has loaded; if connecting or loading fails it
     * stays, and {@code onFailed} gets the one-line reason (the window offers to retry); {@code onConnected} runs
     * once the new dataset shows.
     */
    public void connect(StoreOpener opener, Runnable onConnected, Consumer<String> onFailed) {
        setBusy(Texts.get("busy.connecting"));
        executor.submit(() -> {
            GraphStore opened = opener.open();
            try {
                if (opened.isEmpty()) {
                    throw new StoreException("no Solidarity Atlas dataset is stored on " + opened.location());
                }
                return opened.drawsWindows() ? firstWindow(opened)
                        : new Loaded(opened, prepared(storedDataset(opened)), Optional.empty(), Optional.empty());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, loaded -> {
            GraphStore previous = store;
            store = loaded.store();
            storeReady.set(true);
            if (loaded.window() != null) {
                install(loaded.window());
            } else {
                install(loaded.graph(), Optional.empty());
            }
            onConnected.run();
            if (previous != null) {
                executor.submit(() -> {
                    previous.close();
                    return previous;
                }, closed -> { }, e -> { });
            }
        }, e -> {
            setIdle();
            onFailed.accept(oneLine(e));
        });
    }

    /** Validates the file; a valid one replaces the dataset, an invalid one is reported and changes nothing. */
    public void open(Path file) {
        open(List.of(file));
    }

    /**
     * As {@link #open(Path)} for the files of one dataset: a JSON file, a workbook, or CSV files (entities,
     * relationships, optionally sources and stories).
     */
    public void open(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        DatasetSnapshot kept = snapshot;
        Path file = files.get(0);
        setBusy(Texts.get("busy.opening", file.getFileName().toString(), files.size() - 1));
        loading.start(() -> executor.submit(() -> {
            ReadResult result = DatasetFiles.read(files);
            // Asked for while the store opens, this runs once it is open: it is queued behind the opening.
            GraphStore current = openStore();
            if (!result.isValid()) {
                return new Loaded(current, null, Optional.empty(), Optional.of(rejection(file, result)));
            }
            current.replaceDataset(result.dataset().get());
            kept.write(result.dataset().get());
            return new Loaded(current, prepared(result.dataset().get()), savedBackTo(files), Optional.empty());
        }, loaded -> {
            if (closed) {
                return;
            }
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

    /** What File ▸ Open offers: the JSON format, workbooks, and the CSV files of one dataset. */
    static List<FileType> openedTypes() {
        return List.of(new FileType(Texts.get("fileType.json"), "json"),
                new FileType(Texts.get("fileType.xlsx"), "xlsx"),
                new FileType(Texts.get("fileType.csv"), "csv"));
    }

    /**
     * The file the dataset's stories save back to: a JSON file or a workbook opened alone. CSV files are never
     * overwritten with another format, so a dataset read from them has none.
     */
    private static Optional<Path> savedBackTo(List<Path> files) {
        return files.size() == 1 && DatasetFiles.Kind.of(files.get(0)) != DatasetFiles.Kind.CSV
                ? Optional.of(files.get(0)) : Optional.empty();
    }

    /** File ▸ Open: asks for a dataset (a file, or CSV files) and opens it. */
    public void chooseAndOpen() {
        List<Path> files = dialogs.chooseFilesToOpen(Texts.get("dialog.open"), openedTypes());
        if (!files.isEmpty()) {
            open(files);
        }
    }

    /** File ▸ Export: asks for a file; its type decides between a picture of the view and the dataset. */
    public void chooseAndExport(ViewPicture picture) {
        List<FileType> types = new ArrayList<>();
        types.add(new FileType(Texts.get("fileType.png"), "png"));
        for (DatasetExport format : DatasetExport.values()) {
            types.add(new FileType(Texts.get("fileType.export." + format.extension()), format.extension()));
        }
        dialogs.chooseFileToSave(Texts.get("dialog.export"), "solidarity-atlas.png", types).ifPresent(file -> export(file, picture));
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
                dialogs.notifyError(Texts.get("notify.couldNotSave", file.getFileName().toString(), oneLine(e)));
                return TaskHandle.ended(TaskHandle.Outcome.FAILED);
            }
            return executor.submit(() -> {
                taken.writePng(file);
                return file;
            }, written -> dialogs.notifyDone(Texts.get("notify.savedView", file.getFileName().toString())),
                    e -> dialogs.notifyError(Texts.get("notify.couldNotSave", file.getFileName().toString(),
                            oneLine(e))));
        }
        Optional<DatasetExport> format = DatasetExport.forFile(file);
        if (format.isEmpty()) {
            dialogs.notifyError(Texts.get("notify.cannotExport", file.getFileName().toString(), ".png"
                    + Arrays.stream(DatasetExport.values()).map(f -> ", ." + f.extension())
                            .collect(Collectors.joining())));
            return TaskHandle.ended(TaskHandle.Outcome.FAILED);
        }
        return exportDataset(file, format.get()::write,
                () -> dialogs.notifyDone(Texts.get("notify.exported", file.getFileName().toString())));
    }

    private void showRejected(RejectedFile rejected) {
        int count = rejected.errors().size();
        dialogs.showProblems(Texts.get("problems.title"), Texts.get("problems.header", rejected.fileName(), count),
                rejected.lines());
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
        boolean window = windows.isActive();
        return executor.submit(() -> {
            // A server's dataset is exported whole, not the window of it that shows.
            writer.write(window ? storedDataset(openStore()) : current.dataset(), file);
            return file;
        }, written -> onDone.run(),
                e -> dialogs.notifyError(Texts.get("notify.couldNotWrite", file.getFileName().toString(),
                        oneLine(e))));
    }

    /**
     * Shows the open dataset again after an edit made in the window: the network keeps its places, the filters
     * their settings (with the counts of the edited dataset) and the selection what it had, unless it is gone.
     * While this runs {@link #isShowingEdit()} is true, so the window does not take it for another dataset.
     */
    public void showEdited(Dataset edited) {
        LoadedGraph shown = graph.get();
        // A server's window stays one (the edit is stored there, so the next window drawn holds it too).
        LoadedGraph loaded = shown != null && shown.isWindow() ? shown.sameWhole(edited) : prepared(edited);
        showingEdit = true;
        try {
            graph.set(loaded);
            filters.reload(loaded);
            details.load(loaded);
            selection.reload(loaded);
            title.set(edited.title());
        } finally {
            showingEdit = false;
        }
    }

    /** True while {@link #graphProperty()} changes for an edit of the dataset shown, not for another dataset. */
    public boolean isShowingEdit() {
        return showingEdit;
    }

    /**
     * Stores one edit in the background, in one small transaction, behind the work queued before it (so edits
     * reach the store in the order made). A failure is told in one line; what the window shows stays.
     */
    public void applyToStore(GraphEdit edit) {
        executor.submit(() -> {
            openStore().applyEdit(edit);
            return true;
        }, stored -> { }, e -> dialogs.notifyError(Texts.get("edit.notStored", oneLine(e))));
    }

    /** File ▸ New: an empty dataset with this title replaces the shown one (it has no file until saved). */
    public void newDataset(String datasetTitle) {
        Dataset empty = new Dataset(datasetTitle, null, Dataset.DEFAULT_LANGUAGE, List.of(), List.of(), List.of(),
                List.of());
        DatasetSnapshot kept = snapshot;
        setBusy(Texts.get("edit.new.starting", datasetTitle));
        loading.start(() -> executor.submit(() -> {
            GraphStore current = openStore();
            current.replaceDataset(empty);
            kept.write(empty);
            return new Loaded(current, prepared(empty), Optional.<Path>empty(), Optional.<RejectedFile>empty());
        }, loaded -> {
            if (!closed) {
                install(loaded.graph(), loaded.file());
            }
        }, e -> {
            setIdle();
            dialogs.notifyError(Texts.get("edit.new.failed", oneLine(e)));
        }));
    }

    /** Stops playback and closes the store; the window is going away. */
    public void close() {
        closed = true;
        playback.pause();
        // Queued behind the opening, if the store is still opening.
        executor.submit(() -> {
            GraphStore current = store;
            store = null;
            if (current != null) {
                current.close();
            }
            return true;
        }, closed -> { }, e -> { });
        executor.shutdown();
    }

    /** Closes a store that arrived after the window closed, on a thread the JVM waits for (a clean shutdown). */
    private static void closeLater(GraphStore late) {
        new Thread(late::close, "atlas-store-close").start();
    }

    private void install(LoadedGraph loaded, Optional<Path> file) {
        windows.stop();
        install(loaded, file, loaded.entities().size());
    }

    /** Shows the first window of a server's dataset; later ones follow the filters. */
    private void install(ServerWindows.Window first) {
        windows.start(this::openStore, first);
        install(first.graph(), Optional.empty(), first.admitted());
    }

    private void install(LoadedGraph loaded, Optional<Path> file, int admitted) {
        playback.pause();
        shownFile.set(file);
        filters.load(loaded, admitted);
        selection.load(loaded, this::openStore);
        details.load(loaded);
        title.set(Translated.title(loaded.dataset()));
        graph.set(loaded);
        setIdle();
    }

    /** The first window of a server's dataset, ready to show (off the JavaFX thread). */
    private Loaded firstWindow(GraphStore opened) {
        ServerWindows.Window first = ServerWindows.first(opened, filters.maxDrawn());
        filters.prepare(first.graph());
        return Loaded.window(opened, first);
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

    /** False from the start until the store is open: search and paths wait for it meanwhile. */
    public ReadOnlyBooleanProperty storeReadyProperty() {
        return storeReady.getReadOnlyProperty();
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

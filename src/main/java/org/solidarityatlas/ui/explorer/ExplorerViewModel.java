package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.ui.tasks.TaskExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
 * files, and hands each loaded dataset to the filter, playback, selection and details view models.
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

    private record Loaded(GraphStore store, LoadedGraph graph, Optional<RejectedFile> rejected) {
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

    /** Set on the background thread once open; read there by the work queued behind the opening. */
    private volatile GraphStore store;
    private final ReadOnlyBooleanWrapper storeReady = new ReadOnlyBooleanWrapper(false);
    private Consumer<RejectedFile> onRejected = rejected -> { };
    private Consumer<String> onError = message -> { };
    private Consumer<String> onStartFailed = message -> { };

    public ExplorerViewModel(TaskExecutor executor, PlaybackClock clock) {
        this(executor, clock, BUNDLED_DATASET);
    }

    public ExplorerViewModel(TaskExecutor executor, PlaybackClock clock, String bundledResource) {
        this.executor = executor;
        this.bundledResource = bundledResource;
        this.playback = new PlaybackViewModel(filters, clock);
        this.selection = new SelectionViewModel(filters, executor);
        this.details = new DetailsViewModel(selection);
        selection.setOnError(message -> onError.accept(message));
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
     * the preview.
     */
    public void start(StoreOpener opener, Optional<Path> file, DatasetSnapshot snapshot, boolean firstStart) {
        setBusy("Opening the database…");
        storeReady.set(false);
        AtomicReference<Preview> preview = new AtomicReference<>(Preview.NOTHING);
        executor.submit(() -> {
            preview.set(preview(file, snapshot, firstStart));
            return preview.get();
        }, shown -> {
            if (shown.graph() != null) {
                install(shown.graph());
            }
            shown.rejected().ifPresent(onRejected);
        }, e -> { });
        executor.submit(() -> {
            GraphStore opened = opener.open();
            try {
                Preview shown = preview.get();
                Dataset stored;
                if (shown.fileDataset() != null) {
                    stored = shown.fileDataset();
                    opened.replaceDataset(stored);
                } else if (opened.isEmpty()) {
                    stored = bundledDataset();
                    opened.replaceDataset(stored);
                } else {
                    stored = storedDataset(opened);
                }
                Dataset previewed = shown.graph() == null ? null : shown.graph().dataset();
                boolean previewHolds = stored.equals(previewed);
                if (!(previewHolds && shown.fromSnapshot())) {
                    snapshot.write(stored);
                }
                // Set here, on the background thread, so that the work queued behind this sees it.
                store = opened;
                return new Loaded(opened, previewHolds ? null : prepared(stored), Optional.empty());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, loaded -> {
            storeReady.set(true);
            if (loaded.graph() != null) {
                install(loaded.graph());
            } else {
                setIdle();
            }
        }, e -> {
            setIdle();
            onStartFailed.accept(oneLine(e));
        });
    }

    /** What the network shows before the store is open, and the file's dataset when the file is valid. */
    private record Preview(LoadedGraph graph, Dataset fileDataset, boolean fromSnapshot,
            Optional<RejectedFile> rejected) {
        static final Preview NOTHING = new Preview(null, null, false, Optional.empty());
    }

    private Preview preview(Optional<Path> file, DatasetSnapshot snapshot, boolean firstStart) {
        Optional<RejectedFile> rejected = Optional.empty();
        if (file.isPresent()) {
            ReadResult result = new DatasetReader().read(file.get());
            if (result.isValid()) {
                Dataset dataset = result.dataset().get();
                return new Preview(prepared(dataset), dataset, false, rejected);
            }
            rejected = Optional.of(rejection(file.get(), result));
        }
        Optional<Dataset> kept = snapshot.read();
        if (kept.isPresent()) {
            return new Preview(prepared(kept.get()), null, true, rejected);
        }
        if (firstStart) {
            return new Preview(prepared(bundledDataset()), null, false, rejected);
        }
        return new Preview(null, null, false, rejected);
    }

    /**
     * Validates the file; a valid one replaces the dataset, an invalid one is reported and changes nothing. Asked
     * for while the store opens, it runs once the store is open.
     */
    public void open(Path file, DatasetSnapshot snapshot) {
        setBusy("Opening " + file.getFileName() + "…");
        executor.submit(() -> {
            ReadResult result = new DatasetReader().read(file);
            GraphStore current = openStore();
            if (!result.isValid()) {
                return new Loaded(current, null, Optional.of(rejection(file, result)));
            }
            current.replaceDataset(result.dataset().get());
            snapshot.write(result.dataset().get());
            return new Loaded(current, prepared(result.dataset().get()), Optional.empty());
        }, loaded -> {
            if (loaded.graph() != null) {
                install(loaded.graph());
            } else {
                setIdle();
            }
            loaded.rejected().ifPresent(onRejected);
        }, e -> {
            setIdle();
            onError.accept(oneLine(e));
        });
    }

    /** {@link #open(Path, DatasetSnapshot)} with no snapshot kept. */
    public void open(Path file) {
        open(file, DatasetSnapshot.NONE);
    }

    /** The open store, for work on the background thread, which runs after the work that opens it. */
    private GraphStore openStore() {
        GraphStore current = store;
        if (current == null) {
            throw new StoreException("the database is not open");
        }
        return current;
    }

    /** Writes the loaded dataset with the writer, off the JavaFX thread, then calls {@code onDone}. */
    public void exportDataset(Path file, DatasetFileWriter writer, Runnable onDone) {
        LoadedGraph current = graph.get();
        if (current == null) {
            return;
        }
        executor.submit(() -> {
            writer.write(current.dataset(), file);
            return file;
        }, written -> onDone.run(), e -> onError.accept("Could not write " + file.getFileName() + ": " + oneLine(e)));
    }

    /** Stops playback and closes the store; the window is going away. */
    public void close() {
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

    private void install(LoadedGraph loaded) {
        playback.pause();
        filters.load(loaded);
        selection.load(loaded, this::openStore);
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

    public void setOnRejected(Consumer<RejectedFile> handler) {
        onRejected = handler;
    }

    /** One-line messages of failed operations after the start. */
    public void setOnError(Consumer<String> handler) {
        onError = handler;
    }

    /** The store could not be opened or no dataset loaded; the message says why in one line. */
    public void setOnStartFailed(Consumer<String> handler) {
        onStartFailed = handler;
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

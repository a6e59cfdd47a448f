package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.ui.tasks.TaskExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    private GraphStore store;
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
     * the stored dataset shown), else the stored dataset, else the bundled one on a first start.
     */
    public void start(StoreOpener opener, Optional<Path> file) {
        setBusy("Opening the database…");
        executor.submit(() -> {
            GraphStore opened = opener.open();
            try {
                Optional<RejectedFile> rejected = Optional.empty();
                // What was just stored is what the store would give back, so it is shown without reading it again.
                Dataset stored = null;
                if (file.isPresent()) {
                    ReadResult result = new DatasetReader().read(file.get());
                    if (result.isValid()) {
                        stored = result.dataset().get();
                        opened.replaceDataset(stored);
                    } else {
                        rejected = Optional.of(rejection(file.get(), result));
                    }
                }
                if (opened.isEmpty()) {
                    stored = bundledDataset();
                    opened.replaceDataset(stored);
                }
                return new Loaded(opened, prepared(stored != null ? stored : storedDataset(opened)), rejected);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, loaded -> {
            store = loaded.store();
            install(loaded.graph());
            loaded.rejected().ifPresent(onRejected);
        }, e -> {
            setIdle();
            onStartFailed.accept(oneLine(e));
        });
    }

    /**
     * Changes to the store the opener opens (a server, from File → Connect to server…) and shows its dataset.
     * The current store stays open and shown until the new one has loaded; if connecting or loading fails it
     * stays, and {@code onFailed} gets the one-line reason (the window offers to retry); {@code onConnected} runs
     * once the new dataset shows.
     */
    public void connect(StoreOpener opener, Runnable onConnected, Consumer<String> onFailed) {
        setBusy("Connecting…");
        executor.submit(() -> {
            GraphStore opened = opener.open();
            try {
                if (opened.isEmpty()) {
                    throw new StoreException("no Solidarity Atlas dataset is stored on " + opened.location());
                }
                return new Loaded(opened, prepared(storedDataset(opened)), Optional.empty());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, loaded -> {
            GraphStore previous = store;
            store = loaded.store();
            install(loaded.graph());
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
        GraphStore current = store;
        if (current == null) {
            return;
        }
        setBusy("Opening " + file.getFileName() + "…");
        executor.submit(() -> {
            ReadResult result = new DatasetReader().read(file);
            if (!result.isValid()) {
                return new Loaded(current, null, Optional.of(rejection(file, result)));
            }
            current.replaceDataset(result.dataset().get());
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

    private void install(LoadedGraph loaded) {
        playback.pause();
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

package org.solidarityatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.ui.app.ExplorerComposition;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.solidarityatlas.ui.explorer.PlaybackClock;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.testfx.api.FxToolkit;

/**
 * The explorer window as the application builds it ({@link ExplorerComposition}), on a real store in a temporary
 * directory, shown on TestFX's primary stage at 1280×720 for a whole test class and closed after it. Register it
 * as a static field: {@code @RegisterExtension static final OpenExplorer explorer = OpenExplorer.on(file);}
 */
public final class OpenExplorer implements BeforeAllCallback, AfterAllCallback {

    private final Optional<Path> file;
    private final boolean copyFile;
    private PlaybackClock clock = new HandClock();
    private Optional<Integer> maxDrawn = Optional.empty();
    private boolean waitForLayout;
    private RecordingDialogService dialogs;
    private Path directory;
    private Path openedFile;
    private ExplorerWindow window;

    private OpenExplorer(Optional<Path> file, boolean copyFile) {
        this.file = file;
        this.copyFile = copyFile;
    }

    /** Opens this dataset file. */
    public static OpenExplorer on(Path file) {
        return new OpenExplorer(Optional.of(file), false);
    }

    /** Opens a copy of this file in a temporary folder, for tests that save into it. */
    public static OpenExplorer onCopyOf(Path file) {
        return new OpenExplorer(Optional.of(file), true);
    }

    /** Opens on an empty data directory, so the bundled dataset is loaded as on a first start. */
    public static OpenExplorer onBundled() {
        return new OpenExplorer(Optional.empty(), false);
    }

    /** The playback clock (a hand clock unless set). */
    public OpenExplorer withClock(PlaybackClock playbackClock) {
        clock = playbackClock;
        return this;
    }

    /** Draws at most {@code cap} entities, as {@code -Datlas.maxDrawn} would. */
    public OpenExplorer withMaxDrawn(int cap) {
        maxDrawn = Optional.of(cap);
        return this;
    }

    /** Asks and tells the user through this recording double instead of real dialogs. */
    public OpenExplorer withDialogs(RecordingDialogService recording) {
        dialogs = recording;
        return this;
    }

    /** Waits until the network's layout has settled too, not only until the dataset shows. */
    public OpenExplorer waitingForLayout() {
        waitForLayout = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        directory = TemporaryFolder.create("atlas-explorer-");
        Path dataDirectory = Files.createDirectory(directory.resolve("data"));
        openedFile = file.map(this::copiedIfAsked).orElse(null);
        Stage stage = FxToolkit.registerPrimaryStage();
        String before = System.getProperty("atlas.maxDrawn");
        maxDrawn.ifPresent(cap -> System.setProperty("atlas.maxDrawn", Integer.toString(cap)));
        try {
            FxToolkit.setupFixture(() -> {
                window = dialogs == null
                        ? ExplorerComposition.build(stage, new BackgroundTaskExecutor(), clock, url -> { })
                        : ExplorerComposition.build(stage, new BackgroundTaskExecutor(), clock, url -> { }, dialogs);
                // The primary stage is shared with other test classes, which may have resized it.
                stage.setFullScreen(false);
                stage.setMaximized(false);
                stage.setWidth(1280);
                stage.setHeight(720);
                window.show(() -> Neo4jGraphStore.open(dataDirectory), Optional.ofNullable(openedFile));
            });
        } finally {
            if (before == null) {
                System.clearProperty("atlas.maxDrawn");
            } else {
                System.setProperty("atlas.maxDrawn", before);
            }
        }
        ExplorerViewModel model = window.model();
        Fx.waitUntil(() -> model.graph().isPresent() && !model.busyProperty().get()
                && (!waitForLayout || window.network().isLayoutSettled()));
    }

    private Path copiedIfAsked(Path original) {
        if (!copyFile) {
            return original;
        }
        try {
            return Files.copy(original, directory.resolve(original.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (window != null) {
                // Closing waits for the background thread to shut the store down, so its files can go after.
                FxToolkit.setupFixture(() -> window.close());
            }
        } finally {
            TemporaryFolder.delete(directory);
        }
    }

    public ExplorerWindow window() {
        return window;
    }

    public ExplorerViewModel model() {
        return window.model();
    }

    /** The file the window opened (the copy, for {@link #onCopyOf}). */
    public Path file() {
        return openedFile;
    }

    /** The window's data directory. */
    public Path dataDirectory() {
        return directory.resolve("data");
    }
}

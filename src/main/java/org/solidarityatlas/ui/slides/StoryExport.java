package org.solidarityatlas.ui.slides;

import org.solidarityatlas.ui.presentation.PresentationPane;
import org.solidarityatlas.ui.presentation.StepAnimator;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.solidarityatlas.export.AnimatedGifWriter;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.Subgraph;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.ui.network.LayoutEngine;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.presentation.ChangeSet;
import org.solidarityatlas.ui.presentation.PresentationViewModel;
import org.solidarityatlas.ui.presentation.PresentationViewModel.Shown;
import org.solidarityatlas.ui.presentation.StepView;
import org.solidarityatlas.graph.TimeSpan;
import org.solidarityatlas.graph.VisibleItems;

/**
 * A story as PNG slides (1920×1080, one per step, laid out like presentation mode) and the timeline playback as
 * an animated GIF (one frame per year), for rooms where the app is not installed. The network is built once,
 * off screen; call {@link #whenReady} and then the writers, all on the JavaFX thread.
 */
public final class StoryExport {

    public static final int SLIDE_WIDTH = 1920;
    public static final int SLIDE_HEIGHT = 1080;
    public static final int GIF_WIDTH = 960;
    public static final int GIF_HEIGHT = 540;
    /** Slides draw the network at half size and twice the resolution, so its labels stay readable. */
    private static final double NETWORK_SCALE = 2;
    private static final int GIF_FRAME_MILLIS = 700;

    private final Dataset dataset;
    private final NetworkView network;
    private final Region networkNode;

    public StoryExport(Dataset dataset) {
        this(dataset, LayoutEngine.FORCE);
    }

    /** An export whose network is laid out by {@code engine}. */
    StoryExport(Dataset dataset, LayoutEngine engine) {
        this.dataset = dataset;
        network = new NetworkView(engine);
        networkNode = network.node();
        // A Group leaves its child at the size it is given, so each slide can size the network to its own area.
        Group holder = new Group(networkNode);
        holder.setAutoSizeChildren(false);
        new Scene(holder, 1, 1);
        networkNode.resize(SLIDE_WIDTH / NETWORK_SCALE, SLIDE_HEIGHT / NETWORK_SCALE);
        network.show(new Subgraph(dataset.entities(), dataset.relationships()));
    }

    /** Runs {@code action} once the network's layout has settled (at once if it has); never if it fails. */
    public void whenReady(Runnable action) {
        whenReady(action, error -> { });
    }

    /**
     * Runs {@code action} once the network's layout has settled, or {@code failed} with the error if the layout
     * stopped on one instead (at once if either has happened already).
     */
    public void whenReady(Runnable action, Consumer<Throwable> failed) {
        if (network.layoutFailure().isPresent()) {
            failed.accept(network.layoutFailure().get());
        } else if (network.isLayoutSettled()) {
            action.run();
        } else {
            network.setOnLayoutSettled(action);
            network.setOnLayoutFailed(failed);
        }
    }

    /** Writes step-01.png, step-02.png, … into {@code folder} (created when missing); returns the files. */
    public List<Path> writeSlides(Story story, Path folder) throws IOException {
        Files.createDirectories(folder);
        PresentationViewModel model = new PresentationViewModel();
        model.present(dataset, story);
        List<Path> files = new ArrayList<>();
        int digits = Math.max(2, Integer.toString(story.steps().size()).length());
        do {
            Path file = folder.resolve(String.format(Locale.ROOT, "step-%0" + digits + "d.png",
                    model.stepIndexProperty().get() + 1));
            writePng(slide(model.shown(), model.progressInWords()), file);
            files.add(file);
        } while (model.next());
        return files;
    }

    /** One slide: the step as presentation mode shows it, at 1920×1080. */
    public WritableImage slide(Shown shown, String progress) {
        ImageView picture = new ImageView();
        PresentationPane pane = new PresentationPane(picture);
        pane.setBaseFontSize(SLIDE_HEIGHT / 36.0);
        pane.setStep(shown.step().title(), shown.step().text());
        pane.setProgress(progress);
        pane.setYears(shown.view().yearsInWords());
        pane.setLegendShown(!shown.changes().isEmpty());
        return render(pane, SLIDE_WIDTH, SLIDE_HEIGHT, NETWORK_SCALE, () -> {
            StepAnimator animator = new StepAnimator(network, dataset, years -> { });
            animator.showAtOnce(shown);
            return animator;
        }, picture);
    }

    /**
     * Writes the timeline playback: one frame per year of the dataset's span, each showing the {@code windowYears}
     * years up to it, with the year large in the corner. Returns the number of frames.
     */
    public int writeTimelineGif(Path file, int windowYears) throws IOException {
        if (windowYears < 1) {
            throw new IllegalArgumentException("the window must be at least one year wide");
        }
        Optional<TimeWindow> span = TimeSpan.of(dataset);
        if (span.isEmpty()) {
            throw new IOException("the dataset has no dates, so there is no timeline to play");
        }
        List<BufferedImage> frames = new ArrayList<>();
        VisibleItems before = null;
        for (int year = span.get().firstYear(); year <= span.get().lastYear(); year++) {
            TimeWindow window = TimeWindow.ofYears(Math.max(span.get().firstYear(), year - windowYears + 1), year);
            StepView view = new StepView(Optional.of(window),
                    GraphFilter.everything().withWindow(window), List.of(),
                    Optional.empty());
            VisibleItems visible = view.visibleIn(dataset);
            ChangeSet changes = before == null ? ChangeSet.NONE : ChangeSet.between(before, visible);
            before = visible;
            ImageView picture = new ImageView();
            PresentationPane pane = new PresentationPane(picture);
            pane.setBaseFontSize(GIF_HEIGHT / 36.0);
            pane.setStep(dataset.title(), null);
            pane.setProgress(windowYears + "-year window");
            pane.setYears(Integer.toString(year));
            pane.setLegendShown(true);
            // The whole network in each frame: drawn at screen scale, or it would be a crowd of large labels.
            WritableImage image = render(pane, GIF_WIDTH, GIF_HEIGHT, 1, () -> {
                network.applyVisibility(visible.entityIds(), visible.relationshipIds());
                network.setChangeMarks(changes.joinedIds(), Set.of());
                network.setSelection(Optional.empty(), Set.of(), Set.of());
                network.setCamera(network.cameraFitting(dataset.entities().stream().map(e -> e.id()).toList()));
                return null;
            }, picture);
            frames.add(SwingFXUtils.fromFXImage(image, null));
        }
        new AnimatedGifWriter().write(frames, GIF_FRAME_MILLIS, file);
        return frames.size();
    }

    /**
     * Lays the pane out at its size, sizes the off-screen network to the pane's network area, lets {@code prepare}
     * set what it shows, and draws the network into {@code picture} before taking the whole pane.
     */
    private WritableImage render(PresentationPane pane, int width, int height, double scale,
            java.util.function.Supplier<?> prepare, ImageView picture) {
        Scene scene = new Scene(pane, width, height);
        scene.setFill(Color.WHITE);
        pane.applyCss();
        pane.layout();
        double areaWidth = pane.networkArea().getWidth();
        double areaHeight = pane.networkArea().getHeight();
        networkNode.resize(areaWidth / scale, areaHeight / scale);
        networkNode.layout();
        prepare.get();
        picture.setImage(network.snapshot(scale));
        picture.setFitWidth(areaWidth);
        picture.setFitHeight(areaHeight);
        pane.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return pane.snapshot(parameters, new WritableImage(width, height));
    }

    private static void writePng(WritableImage image, Path file) throws IOException {
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public void dispose() {
        network.dispose();
    }
}

package org.solidarityatlas.ui.slides;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Texts;

import org.solidarityatlas.ui.presentation.PresentationPane;
import org.solidarityatlas.ui.presentation.StepAnimator;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.solidarityatlas.export.AnimatedGifWriter;
import org.solidarityatlas.export.HandoutWriter;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.ui.network.LayoutEngine;
import org.solidarityatlas.ui.network.NetworkView;
import org.solidarityatlas.ui.presentation.ChangeSet;
import org.solidarityatlas.ui.presentation.PresentationViewModel;
import org.solidarityatlas.ui.presentation.PresentationViewModel.Shown;
import org.solidarityatlas.ui.presentation.StepSources;
import org.solidarityatlas.ui.presentation.StepView;
import org.solidarityatlas.graph.LoadedGraph;
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

    private final LoadedGraph graph;
    private final Dataset dataset;
    private final NetworkView network;
    private final Region networkNode;

    public StoryExport(Dataset dataset) {
        this(new LoadedGraph(dataset), LayoutEngine.FORCE);
    }

    public StoryExport(LoadedGraph graph) {
        this(graph, LayoutEngine.FORCE);
    }

    /** An export whose network is laid out by {@code engine}. */
    StoryExport(LoadedGraph graph, LayoutEngine engine) {
        this.graph = graph;
        this.dataset = graph.dataset();
        network = new NetworkView(engine);
        networkNode = network.node();
        // A Group leaves its child at the size it is given, so each slide can size the network to its own area.
        Group holder = new Group(networkNode);
        holder.setAutoSizeChildren(false);
        new Scene(holder, 1, 1);
        networkNode.resize(SLIDE_WIDTH / NETWORK_SCALE, SLIDE_HEIGHT / NETWORK_SCALE);
        // Labels as large as a slide's running text, known before the layout settles so that they get room.
        network.labelling().setSize(slideBodyTextSize() / NETWORK_SCALE);
        network.show(graph.whole());
    }

    /** The pixel size of a slide's running text, as the presentation's stylesheet sets it. */
    private static double slideBodyTextSize() {
        PresentationPane probe = new PresentationPane(new Region());
        probe.setBaseFontSize(SLIDE_HEIGHT / 36.0);
        new Scene(probe, SLIDE_WIDTH, SLIDE_HEIGHT);
        return probe.bodyTextSize();
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
        return writeStory(story, Optional.of(folder), Optional.empty());
    }

    /** Writes the story's handout, one PDF page per step (slide, text, notes, sources). */
    public void writeHandout(Story story, Path file) throws IOException {
        writeStory(story, Optional.empty(), Optional.of(file));
    }

    /**
     * Writes the slides into {@code folder} and the handout to {@code handoutFile}, either or both, drawing each
     * step's slide once for both. Returns the slide files written.
     */
    public List<Path> writeStory(Story story, Optional<Path> folder, Optional<Path> handoutFile) throws IOException {
        if (folder.isPresent()) {
            Files.createDirectories(folder.get());
        }
        PresentationViewModel model = new PresentationViewModel();
        model.present(graph, story);
        List<Path> files = new ArrayList<>();
        try (HandoutWriter handout = handoutFile.isPresent()
                ? new HandoutWriter(Translated.title(story), handoutWords()) : null) {
            do {
                Shown shown = model.shown();
                BufferedImage picture = SwingFXUtils.fromFXImage(slide(shown, model.progressInWords()), null);
                if (folder.isPresent()) {
                    Path file = slideFile(folder.get(), shown.index() + 1, story.steps().size());
                    writePng(picture, file);
                    files.add(file);
                }
                if (handout != null) {
                    handout.add(handoutPage(story, shown, model.progressInWords(), picture));
                }
            } while (model.next());
            if (handout != null) {
                handout.save(handoutFile.get());
            }
        }
        return files;
    }

    /** One slide: the step as presentation mode shows it, at 1920×1080. */
    public WritableImage slide(Shown shown, String progress) {
        ImageView picture = new ImageView();
        PresentationPane pane = new PresentationPane(picture);
        pane.setBaseFontSize(SLIDE_HEIGHT / 36.0);
        pane.setStep(Translated.title(shown.step()), Translated.text(shown.step()));
        pane.setProgress(progress);
        pane.setSources(StepSources.of(dataset, shown.step()));
        pane.setYears(shown.view().yearsInWords());
        pane.setLegendShown(!shown.changes().isEmpty());
        return render(pane, SLIDE_WIDTH, SLIDE_HEIGHT, NETWORK_SCALE, () -> {
            network.labelling().setSize(pane.bodyTextSize() / NETWORK_SCALE);
            StepAnimator animator = new StepAnimator(network, graph, years -> { }, () -> {
                // The network is drawn at 1/NETWORK_SCALE of the slide's size, then scaled up.
                Insets covered = pane.overlayInsets();
                return new Insets(covered.getTop() / NETWORK_SCALE, covered.getRight() / NETWORK_SCALE,
                        covered.getBottom() / NETWORK_SCALE, covered.getLeft() / NETWORK_SCALE);
            }, pane::setLeftOut);
            animator.showAtOnce(shown);
            return animator;
        }, picture);
    }

    /** One frame of the timeline: the picture, and what it shows (the next frame marks what joined since). */
    public record TimelineFrame(WritableImage image, VisibleItems visible) {
    }

    static final String NO_TIMELINE = "the dataset has no dates, so there is no timeline to play";

    static void requireWindow(int windowYears) {
        if (windowYears < 1) {
            throw new IllegalArgumentException("the window must be at least one year wide");
        }
    }

    /**
     * The years the timeline plays, one frame each: the story's years (its steps' windows), else the dataset's
     * span; empty when nothing is dated.
     */
    public List<Integer> timelineYears(Optional<Story> story) {
        Optional<TimeWindow> datasetSpan = graph.span();
        Optional<TimeWindow> span = story.isPresent() ? StepView.storySpan(story.get(), datasetSpan) : datasetSpan;
        List<Integer> years = new ArrayList<>();
        span.ifPresent(s -> {
            for (int year = s.firstYear(); year <= s.lastYear(); year++) {
                years.add(year);
            }
        });
        return years;
    }

    /**
     * Writes the timeline playback over the story's years (the dataset's whole span when no story is given): one
     * frame per year, each showing the {@code windowYears} years up to it, with the year large in the corner.
     * Frames are drawn as the writer asks for them, so only one is held at a time. Returns the number of frames.
     */
    public int writeTimelineGif(Path file, int windowYears, Optional<Story> story) throws IOException {
        requireWindow(windowYears);
        List<Integer> years = timelineYears(story);
        if (years.isEmpty()) {
            throw new IOException(NO_TIMELINE);
        }
        Iterator<BufferedImage> frames = new Iterator<>() {
            private int index;
            private VisibleItems before;

            @Override
            public boolean hasNext() {
                return index < years.size();
            }

            @Override
            public BufferedImage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TimelineFrame frame = timelineFrame(years.get(index), windowYears, years.get(0), before);
                before = frame.visible();
                index++;
                return SwingFXUtils.fromFXImage(frame.image(), null);
            }
        };
        return new AnimatedGifWriter().write(frames, GIF_FRAME_MILLIS, file);
    }

    /** Writes the frames as the looping GIF, atomically; on any thread. */
    static void writeGif(List<BufferedImage> frames, Path file) throws IOException {
        new AnimatedGifWriter().write(frames, GIF_FRAME_MILLIS, file);
    }

    /**
     * The frame of {@code year}: the {@code windowYears} years up to it (not before {@code firstYear}), what
     * joined since the frame {@code before} marked. On the JavaFX thread.
     */
    public TimelineFrame timelineFrame(int year, int windowYears, int firstYear, VisibleItems before) {
        TimeWindow window = TimeWindow.ofYears(Math.max(firstYear, year - windowYears + 1), year);
        StepView view = new StepView(Optional.of(window), GraphFilter.everything().withWindow(window), List.of(),
                Optional.empty());
        VisibleItems visible = view.visibleIn(graph);
        ChangeSet changes = before == null ? ChangeSet.NONE : ChangeSet.between(before, visible);
        ImageView picture = new ImageView();
        PresentationPane pane = new PresentationPane(picture);
        pane.setBaseFontSize(GIF_HEIGHT / 36.0);
        pane.setStep(Translated.title(dataset), null);
        pane.setProgress(Texts.get("gif.window", windowYears));
        pane.setYears(Integer.toString(year));
        pane.setLegendShown(true);
        // The whole network in each frame: drawn at screen scale, or it would be a crowd of large labels.
        WritableImage image = render(pane, GIF_WIDTH, GIF_HEIGHT, 1, () -> {
            network.labelling().explore();
            network.labelling().setScale(1);
            network.applyVisibility(visible.entityIds(), visible.relationshipIds());
            network.setChangeMarks(changes.joinedIds(), Set.of());
            network.setSelection(Optional.empty(), Set.of(), Set.of());
            network.setCamera(network.cameraFitting(dataset.entities().stream().map(e -> e.id()).toList()));
            return null;
        }, picture);
        return new TimelineFrame(image, visible);
    }

    /** A step's handout page: its slide, text, notes and full sources. */
    HandoutWriter.Page handoutPage(Story story, Shown shown, String progress, BufferedImage slide) {
        List<String> sources = StepSources.of(dataset, shown.step()).sources().stream()
                .map(StepSources::fullCitation).toList();
        return new HandoutWriter.Page(slide, Translated.title(story) + " · " + progress, Translated.title(shown.step()),
                Translated.text(shown.step()), Translated.notes(shown.step()), sources);
    }

    /** The words the handout prints around each step's own, in the window's language. */
    static HandoutWriter.Words handoutWords() {
        return new HandoutWriter.Words(Texts.get("handout.notes"), Texts.get("handout.sources"),
                Texts.get("handout.noSources"), Texts.get("handout.continued"));

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

    private static void writePng(BufferedImage picture, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** The slide file of step {@code number} (from 1) of a story of {@code steps} steps: step-01.png, … */
    static Path slideFile(Path folder, int number, int steps) {
        int digits = Math.max(2, Integer.toString(steps).length());
        return folder.resolve(String.format(Locale.ROOT, "step-%0" + digits + "d.png", number));
    }

    public LoadedGraph graph() {
        return graph;
    }

    /** The off-screen network the slides are drawn from, for tests. */
    NetworkView network() {
        return network;
    }

    /** How many times larger than its view the network is drawn on a slide. */
    static double networkScale() {
        return NETWORK_SCALE;
    }

    public void dispose() {
        network.dispose();
    }
}

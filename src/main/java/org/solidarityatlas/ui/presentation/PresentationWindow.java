package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Texts;

import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.ui.network.NetworkView;

/**
 * Presentation mode: a full-screen window with the network and the story's steps, driven by the keys that
 * presentation clickers send. Right, Page Down and Space go on; Left and Page Up go back; Home and End jump to the
 * first and last step; P opens the presenter view; Escape leaves.
 */
public final class PresentationWindow {

    /** Running text height as a share of the window's height; the title and years are larger in proportion. */
    private static final double TEXT_SHARE_OF_HEIGHT = 1.0 / 36;

    private final Stage stage = new Stage();
    private final NetworkView network;
    private final PresentationViewModel model;
    private final PresentationPane pane;
    private final StepAnimator animator;
    private final LoadedGraph graph;
    private PresenterView presenter;

    /** {@code network} and {@code model}: new ones, this window's own (it disposes of the network on closing). */
    public PresentationWindow(Window owner, LoadedGraph graph, Story story, NetworkView network,
            PresentationViewModel model) {
        this.network = network;
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        this.graph = graph;
        pane = new PresentationPane(network.node());
        animator = new StepAnimator(network, graph, pane::setYears, pane::overlayInsets, pane::setLeftOut);
        Scene scene = new Scene(pane, 1280, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        pane.heightProperty().addListener((o, a, h) -> fitText());
        stage.setScene(scene);
        stage.setTitle(Texts.get("window.titleWith", Translated.title(story)));
        stage.setFullScreenExitHint("");
        // Escape is ours: it closes presentation mode rather than only leaving full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> {
            animator.stop();
            network.dispose();
        });
        fitText();

        network.show(graph.whole());
        network.setOnLayoutSettled(animator::reframe);
        model.shownProperty().addListener((o, before, shown) -> {
            pane.setStep(Translated.title(shown.step()), Translated.text(shown.step()));

            pane.setProgress(model.progressInWords());
            pane.setSources(StepSources.of(graph.dataset(), shown.step()));
            pane.setLegendShown(!shown.changes().isEmpty());
            if (before == null) {
                animator.showAtOnce(shown);
            } else {
                animator.moveTo(shown);
            }
        });
        model.present(graph, story);
    }

    private void fitText() {
        double height = pane.getHeight() > 0 ? pane.getHeight() : 720;
        pane.setBaseFontSize(Math.max(16, height * TEXT_SHARE_OF_HEIGHT));
        // Readable from the back of the room: network labels as large as the step's text.
        network.labelling().setSize(pane.bodyTextSize());
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> model.next();
            case LEFT, PAGE_UP, UP -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case ESCAPE -> stage.close();
            case P -> openPresenterView();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Shows the window, full screen unless {@code fullScreen} is false (tests, a window beside the explorer). */
    public void show(boolean fullScreen) {
        if (fullScreen) {
            // Cover the screen the explorer is on even where no window manager honours full screen.
            Window owner = stage.getOwner();
            Screen screen = owner == null ? Screen.getPrimary()
                    : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                            .stream().findFirst().orElse(Screen.getPrimary());
            Rectangle2D bounds = screen.getBounds();
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        stage.setFullScreen(fullScreen);
        stage.show();
        if (fullScreen && Screen.getScreens().size() > 1) {
            openPresenterView();
        }
        stage.toFront();
        pane.requestFocus();
    }

    /**
     * Opens the presenter's window (notes, next step, elapsed time), or brings it forward: on a screen the room does
     * not see when there is one, else as an ordinary window.
     */
    public PresenterView openPresenterView() {
        if (presenter == null) {
            presenter = new PresenterView(stage, model, graph, network::entityPositionInLayout, this::onKey);
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> presenter.close());
        }
        presenter.show(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        return presenter;
    }

    public Optional<PresenterView> presenterView() {
        return Optional.ofNullable(presenter);
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public PresentationViewModel viewModel() {
        return model;
    }

    public NetworkView network() {
        return network;
    }

    public PresentationPane pane() {
        return pane;
    }

    public ReadOnlyBooleanProperty animatingProperty() {
        return animator.animatingProperty();
    }

    /** How opaque what ended since the step before is drawn while it fades out. */
    public javafx.beans.property.ReadOnlyDoubleProperty endedOpacityProperty() {
        return animator.endedOpacityProperty();
    }
}

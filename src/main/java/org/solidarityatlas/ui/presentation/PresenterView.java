package org.solidarityatlas.ui.presentation;
import org.solidarityatlas.ui.text.Translated;
import org.solidarityatlas.ui.text.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.ui.network.EntityTypeLook;

/**
 * The presenter's own window: this step's notes in large type, the next step's title with a thumbnail of what it
 * will show, and the time since the presentation began. It takes the same keys as the presentation. With two
 * screens it opens on the one the room does not see; with one it is an ordinary window.
 */
public final class PresenterView {

    static final double THUMBNAIL_WIDTH = 360;
    static final double THUMBNAIL_HEIGHT = 203;

    private final Stage stage = new Stage();
    private final PresentationViewModel model;
    private final LoadedGraph graph;
    private final LayoutPositions positions;
    private final Label progress = new Label();
    private final Label elapsed = new Label();
    private final Label title = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();
    private final Canvas thumbnail = new Canvas(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
    private final long startedAt = System.nanoTime();
    private final Timeline clock;

    /** Where the presentation's layout places an entity, shown or not. */
    public interface LayoutPositions {
        Optional<Point2D> of(String entityId);
    }

    PresenterView(Window owner, PresentationViewModel model, LoadedGraph graph, LayoutPositions positions,
            Consumer<KeyEvent> keys) {
        this.model = model;
        this.graph = graph;
        this.positions = positions;
        stage.initOwner(owner);
        stage.setTitle(Texts.get("present.presenterTitle"));
        progress.setId("presenter-progress");
        elapsed.setId("presenter-elapsed");
        title.setId("presenter-title");
        notes.setId("presenter-notes");
        next.setId("presenter-next");
        thumbnail.setId("presenter-thumbnail");
        progress.setStyle("-fx-font-size: 20px; -fx-text-fill: #4A4A4A;");
        elapsed.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        title.setStyle("-fx-font-size: 24px; -fx-font-weight: bold;");
        title.setWrapText(true);
        notes.setStyle("-fx-font-size: 30px;");
        notes.setWrapText(true);
        next.setStyle("-fx-font-size: 20px; -fx-text-fill: #2B2B2B;");
        next.setWrapText(true);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(24, progress, elapsed);
        VBox nextBox = new VBox(8, next, thumbnail);
        VBox.setVgrow(notes, Priority.ALWAYS);
        notes.setMaxHeight(Double.MAX_VALUE);
        notes.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        VBox box = new VBox(18, top, title, notes, nextBox);
        box.setPadding(new Insets(24));
        Scene scene = new Scene(box, 960, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::accept);
        stage.setScene(scene);
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> showElapsed()));
        clock.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> clock.stop());
        model.shownProperty().addListener((o, a, shown) -> showStep());
        showStep();
        showElapsed();
    }

    /** Opens beside the presentation: on another screen when there is one, else as an ordinary window. */
    void show(Rectangle2D presenting) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D bounds = screen.getVisualBounds();
            if (!bounds.intersects(presenting)) {
                stage.setX(bounds.getMinX() + 40);
                stage.setY(bounds.getMinY() + 40);
                break;
            }
        }
        clock.play();
        stage.show();
        stage.toFront();
    }

    void showStep() {
        PresentationViewModel.Shown shown = model.shown();
        if (shown == null) {
            return;
        }
        progress.setText(model.progressInWords());
        title.setText(Translated.title(shown.step()));
        String stepNotes = Translated.notes(shown.step());
        notes.setText(stepNotes == null || stepNotes.isBlank() ? Texts.get("present.noNotes") : stepNotes);
        List<StoryStep> steps = model.storyProperty().get().steps();
        boolean hasNext = shown.index() + 1 < steps.size();
        next.setText(hasNext ? Texts.get("present.next", Translated.title(steps.get(shown.index() + 1)))
                : Texts.get("present.last"));

        thumbnail.setVisible(hasNext);
        if (hasNext) {
            drawThumbnail(StepView.of(steps.get(shown.index() + 1), model.span()).visibleIn(graph));
        }
    }

    private void showElapsed() {
        Duration time = Duration.millis((System.nanoTime() - startedAt) / 1_000_000.0);
        long seconds = (long) time.toSeconds();
        elapsed.setText(String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60));
    }

    /** The next step's entities and relationships where the presentation's layout has them, fitted. */
    private void drawThumbnail(VisibleItems items) {
        GraphicsContext g = thumbnail.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
        g.setStroke(Color.web("#C8C4BA"));
        g.strokeRect(0.5, 0.5, THUMBNAIL_WIDTH - 1, THUMBNAIL_HEIGHT - 1);
        Map<String, Point2D> at = new HashMap<>();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String id : items.entityIds()) {
            Optional<Point2D> p = positions.of(id);
            if (p.isPresent()) {
                at.put(id, p.get());
                minX = Math.min(minX, p.get().getX());
                maxX = Math.max(maxX, p.get().getX());
                minY = Math.min(minY, p.get().getY());
                maxY = Math.max(maxY, p.get().getY());
            }
        }
        if (at.isEmpty()) {
            return;
        }
        double margin = 14;
        double scale = Math.min((THUMBNAIL_WIDTH - 2 * margin) / Math.max(maxX - minX, 1e-9),
                (THUMBNAIL_HEIGHT - 2 * margin) / Math.max(maxY - minY, 1e-9));
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        // Layout y grows upwards, the canvas's downwards.
        java.util.function.Function<Point2D, Point2D> toCanvas = p -> new Point2D(
                THUMBNAIL_WIDTH / 2 + (p.getX() - cx) * (at.size() == 1 ? 0 : scale),
                THUMBNAIL_HEIGHT / 2 - (p.getY() - cy) * (at.size() == 1 ? 0 : scale));
        g.setStroke(Color.web("#9A9A9A"));
        g.setLineWidth(1);
        for (Relationship r : graph.dataset().relationships()) {
            if (items.relationshipIds().contains(r.id()) && at.containsKey(r.from()) && at.containsKey(r.to())) {
                Point2D a = toCanvas.apply(at.get(r.from()));
                Point2D b = toCanvas.apply(at.get(r.to()));
                g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
            }
        }
        for (Entity e : graph.dataset().entities()) {
            Point2D p = at.get(e.id());
            if (p != null) {
                Point2D c = toCanvas.apply(p);
                g.setFill(Color.web(EntityTypeLook.of(e.type()).colour()));
                g.fillOval(c.getX() - 4, c.getY() - 4, 8, 8);
            }
        }
    }

    public Stage stage() {
        return stage;
    }

    void close() {
        stage.close();
    }

    String notesText() {
        return notes.getText();
    }

    String nextText() {
        return next.getText();
    }
}

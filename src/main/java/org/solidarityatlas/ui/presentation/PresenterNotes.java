package org.solidarityatlas.ui.presentation;

import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The presenter's notes on a second screen: this step's notes, the next step's title and where we are. Only
 * opened when a second screen is attached; the room never sees it.
 */
final class PresenterNotes {

    private final Stage stage = new Stage();
    private final Label progress = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();

    PresenterNotes(PresentationViewModel model, Stage owner) {
        stage.initOwner(owner);
        stage.setTitle("Presenter notes");
        progress.setStyle("-fx-font-size: 18px; -fx-text-fill: #5A5A5A;");
        notes.setStyle("-fx-font-size: 26px;");
        notes.setWrapText(true);
        next.setStyle("-fx-font-size: 20px; -fx-text-fill: #3A3A3A;");
        next.setWrapText(true);
        VBox box = new VBox(18, progress, notes, next);
        box.setPadding(new Insets(24));
        stage.setScene(new Scene(box, 900, 600));
        model.shownProperty().addListener((o, a, shown) -> show(model));
        show(model);
    }

    private void show(PresentationViewModel model) {
        PresentationViewModel.Shown shown = model.shown();
        if (shown == null) {
            return;
        }
        progress.setText(model.progressInWords() + " · " + shown.step().title());
        notes.setText(shown.step().notes() == null ? "(no notes for this step)" : shown.step().notes());
        var steps = model.storyProperty().get().steps();
        next.setText(shown.index() + 1 < steps.size() ? "Next: " + steps.get(shown.index() + 1).title() : "Last step.");
    }

    /** Opens on a screen other than {@code presenting}, if there is one; true when opened. */
    boolean showBeside(Rectangle2D presenting) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D b = screen.getVisualBounds();
            if (!b.intersects(presenting)) {
                stage.setX(b.getMinX() + 40);
                stage.setY(b.getMinY() + 40);
                stage.show();
                return true;
            }
        }
        return false;
    }

    void close() {
        stage.close();
    }
}

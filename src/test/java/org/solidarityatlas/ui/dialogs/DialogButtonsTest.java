package org.solidarityatlas.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.ui.dialogs.DialogService.SaveChoice;
import org.solidarityatlas.ui.text.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * After View ▸ Language ▸ Español, the dialogs' own buttons (OK, Cancel) are Spanish too, not the language the
 * process started with, and they still answer as OK and Cancel.
 */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsTest extends FxRobot {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Fx.run(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        Fx.run(() -> Texts.choose(Texts.ENGLISH));
    }

    @Test
    void askingForTextInSpanishOffersAceptarAndCancelarAndCancelMeansNoAnswer() throws Exception {
        Fx.run(() -> Texts.choose(Texts.SPANISH));
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogService(stage, List.of())
                .askText("Agregar entidad", "Nombre de la nueva entidad:", "Rosa")));

        Fx.waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals(List.of("Aceptar", "Cancelar"), buttons());

        clickOn("Cancelar");
        assertEquals(Optional.empty(), answer.get(30, TimeUnit.SECONDS));
    }

    @Test
    void theUnsavedChangesQuestionInSpanishHasSpanishButtonsAndCancels() throws Exception {
        Fx.run(() -> Texts.choose(Texts.SPANISH));
        CompletableFuture<SaveChoice> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogService(stage, List.of())
                .askToSave("¿Guardar los cambios?", "Se perderán si no los guarda.")));

        Fx.waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals(List.of("Guardar", "No guardar", "Cancelar"), buttons());

        clickOn("Cancelar");
        assertEquals(SaveChoice.CANCEL, answer.get(30, TimeUnit.SECONDS));
    }

    /** The button texts in the order the dialog pane holds its button types. */
    private List<String> buttons() {
        return Fx.call(() -> {
            DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
            return pane.getButtonTypes().stream().map(type -> ((Button) pane.lookupButton(type)).getText()).toList();
        });
    }
}

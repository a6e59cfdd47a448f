package org.solidarityatlas.ui.dialogs;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.solidarityatlas.ui.text.Texts;

/**
 * Dialog buttons named in the window's language. JavaFX's own {@link ButtonType#OK}, {@link ButtonType#CANCEL} …
 * are named once, in the language the process started with, so after View ▸ Language they would stay in the
 * other one; every dialog takes its buttons from here instead.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Texts.get("button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Texts.get("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Replaces the built-in buttons a dialog was made with (OK, Cancel, Yes, No, Close) by ours. */
    public static void named(DialogPane pane) {
        pane.getButtonTypes().replaceAll(DialogButtons::named);
    }

    private static ButtonType named(ButtonType button) {
        if (button == ButtonType.OK) {
            return ok();
        }
        if (button == ButtonType.CANCEL) {
            return cancel();
        }
        if (button == ButtonType.YES) {
            return new ButtonType(Texts.get("button.yes"), ButtonData.YES);
        }
        if (button == ButtonType.NO) {
            return new ButtonType(Texts.get("button.no"), ButtonData.NO);
        }
        if (button == ButtonType.CLOSE) {
            return new ButtonType(Texts.get("button.close"), ButtonData.CANCEL_CLOSE);
        }
        return button;
    }
}

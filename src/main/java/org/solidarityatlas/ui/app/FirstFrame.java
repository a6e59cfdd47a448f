package org.solidarityatlas.ui.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work deferred until a window has laid out and handed its first frame to be drawn: what the first frame does not
 * need (the database, the keyring) then starts without competing with it for the machine's cores.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code work} on the JavaFX thread once, after the first pulse that lays out {@code scene}. */
    static void then(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // After this pulse, not inside it: the frame is synced to the render thread first.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}

package org.solidarityatlas.ui.explorer;

import java.io.IOException;
import java.nio.file.Path;

/** The network as a picture for Export: taken on the JavaFX thread, encoded and written off it. */
@FunctionalInterface
public interface ViewPicture {

    /** Takes the picture now (on the JavaFX thread); the result writes it, on any thread. */
    Taken take();

    /** A picture taken, ready to be written as a PNG file. */
    @FunctionalInterface
    interface Taken {
        void writePng(Path file) throws IOException;
    }
}

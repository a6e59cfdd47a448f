package org.solidarityatlas.ui.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.ui.network.LayoutEngine;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The command line's export ends, with one clear line, when the network's layout fails or never settles. */
@ExtendWith(ApplicationExtension.class)
class ExportRunTest {

    private static final Dataset TWO_UNIONS = new Datasets()
            .entity("ue", EntityType.UNION, "United Electrical Workers", "1936", null)
            .entity("fat", EntityType.UNION, "Frente Auténtico del Trabajo", "1960", null)
            .relationship("r1", "partner_of", "ue", "fat", "1992", null)
            .build();

    /** A layout that is under way and does nothing. */
    private static final LayoutEngine.Running IDLE = new LayoutEngine.Running() {
        @Override
        public void pin(int node, double x, double y) {
        }

        @Override
        public void stop() {
        }
    };

    @TempDir
    Path out;

    @Start
    void start(Stage ignored) {
        // JavaFX is started by the extension; ExportRun finds it running.
    }

    @Test
    void aLayoutThatFailsEndsTheExportWithItsError() {
        LayoutEngine failing = (ids, from, to, start, listener) -> {
            new Thread(() -> listener.failed(new IllegalStateException("the springs broke"))).start();
            return IDLE;
        };
        Path gif = out.resolve("timeline.gif");
        IOException error = assertThrows(IOException.class, () -> ExportRun.run(TWO_UNIONS, Optional.empty(),
                Optional.empty(), Optional.of(gif), 3, failing, Duration.ofMinutes(2)));
        assertEquals("the network could not be laid out: java.lang.IllegalStateException: the springs broke",
                error.getMessage());
        assertFalse(Files.exists(gif), "nothing written");
    }

    @Test
    void aLayoutThatNeverSettlesEndsTheExportAtTheTimeout() {
        LayoutEngine stuck = (ids, from, to, start, listener) -> IDLE;
        Path gif = out.resolve("timeline.gif");
        IOException error = assertThrows(IOException.class, () -> ExportRun.run(TWO_UNIONS, Optional.empty(),
                Optional.empty(), Optional.of(gif), 3, stuck, Duration.ofMillis(500)));
        assertEquals("the export did not finish within 0.5 s: the network's layout had not settled",
                error.getMessage());
        assertFalse(Files.exists(gif), "nothing written");
    }
}

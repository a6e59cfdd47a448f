package org.solidarityatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.store.GraphEdit;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import org.solidarityatlas.testing.RecordingDialogService;

/** Saving while the window shows only part of a server's dataset: refused, so nothing of the rest is lost. */
class ServerWindowSaveTest {

    @TempDir
    Path folder;

    /** An explorer showing the part of a server's dataset its filters draw. */
    private static final class ServerWindowExplorer implements EditedExplorer {
        @Override
        public boolean showsPartOfItsDataset() {
            return true;
        }

        @Override
        public void showEdited(Dataset edited) {
        }

        @Override
        public void store(GraphEdit edit) {
        }

        @Override
        public void startNew(String title) {
        }

        @Override
        public ObservableValue<Entity> selectedEntity() {
            return new SimpleObjectProperty<>();
        }

        @Override
        public ObservableValue<Relationship> selectedRelationship() {
            return new SimpleObjectProperty<>();
        }

        @Override
        public void selectEntity(String id) {
        }

        @Override
        public void selectRelationship(String id) {
        }
    }

    @Test
    void savingAServersWindowToAFileIsRefusedInOneLineAndWritesNothing() {
        RecordingDialogService dialogs = new RecordingDialogService();
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        EditingViewModel editing = new EditingViewModel(new ServerWindowExplorer(), dialogs, executor);
        Path file = folder.resolve("class-history.json");

        editing.saveTo(file, () -> { });
        executor.runAll();

        assertFalse(Files.exists(file));
        List<String> errors = dialogs.texts("notifyError");
        assertEquals(1, errors.size(), dialogs.calls().toString());
        assertTrue(errors.get(0).contains("server"), errors.get(0));
        assertFalse(errors.get(0).contains("\n"), "one line");
    }
}

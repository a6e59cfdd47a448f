package org.solidarityatlas.ui.stories;
import org.solidarityatlas.ui.text.Texts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.solidarityatlas.format.DatasetFiles;
import org.solidarityatlas.format.DatasetWriter;
import org.solidarityatlas.format.WorkbookWriter;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.DiskFullException;

/**
 * Writes the document's dataset back to its file: to a temporary file first, then renamed over it, so a failed
 * write leaves the old file (and the document in memory) as they were.
 */
public final class StorySaver {

    private final DatasetWriter writer = new DatasetWriter();

    /** Saves to {@code file}; on success the history is marked saved. Returns the one-line failure, if any. */
    public Optional<String> save(StoryDocument document, EditHistory history, Path file) {
        try {
            write(document.dataset(), file);
        } catch (IOException | RuntimeException e) {
            return Optional.of(failure(file, e));
        }
        document.fileProperty().set(Optional.of(file));
        history.markSaved();
        return Optional.empty();
    }

    /** Only the writing, on any thread: a save in the background writes here and marks the history after. */
    public void write(Dataset dataset, Path file) throws IOException {
        // A dataset opened from a workbook is saved back as a workbook, never as JSON under its name.
        if (DatasetFiles.Kind.of(file) == DatasetFiles.Kind.WORKBOOK) {
            new WorkbookWriter().write(dataset, file);
        } else {
            writer.write(dataset, file);
        }
    }

    /** "Could not save FILE (reason); the file on disk is unchanged." A full disk is named as such. */
    public static String failure(Path file, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (DiskFullException.explains(e)) {
            reason = Texts.get("stories.diskFull", file.toAbsolutePath().getParent().toString());
        }
        return Texts.get("stories.saveFailed", file.toString(), reason);
    }
}

package org.solidarityatlas.ui.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.solidarityatlas.format.DatasetWriter;

/**
 * Writes the document's dataset back to its file: to a temporary file first, then renamed over it, so a failed
 * write leaves the old file (and the document in memory) as they were.
 */
public final class StorySaver {

    private final DatasetWriter writer = new DatasetWriter();

    /** Saves to {@code file}; on success the history is marked saved. Returns the one-line failure, if any. */
    public Optional<String> save(StoryDocument document, EditHistory history, Path file) {
        try {
            writer.write(document.dataset(), file);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of("Could not save " + file + " (" + reason + "); the file on disk is unchanged.");
        }
        document.fileProperty().set(Optional.of(file));
        history.markSaved();
        return Optional.empty();
    }
}

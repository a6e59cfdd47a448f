package org.solidarityatlas.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;

/**
 * Writes a dataset in format {@code solidarity-atlas/1}: UTF-8, two-space indentation, fields in the documented
 * order, absent optional fields and assigned relationship ids left out, so that reading the file back gives an
 * equal dataset. Datasets too big to hold in memory are written with {@link DatasetStreamWriter}.
 */
public final class DatasetWriter {

    /** Writes the file atomically: readers see the old file or the whole new one, never a part. */
    public void write(Dataset dataset, Path file) throws IOException {
        AtomicFile.write(file, out -> write(dataset, out));
    }

    /** Writes to the stream, which stays open. */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try (DatasetStreamWriter writer = new DatasetStreamWriter(out)) {
            writer.begin(dataset.title(), dataset.description(), dataset.language(), dataset.translations(),
                    dataset.sources());
            for (Entity entity : dataset.entities()) {
                writer.entity(entity);
            }
            for (Relationship relationship : dataset.relationships()) {
                writer.relationship(relationship);
            }
            writer.end(dataset.stories());
        }
    }

    public String toJson(Dataset dataset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(dataset, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * Writes a dataset in format {@code solidarity-atlas/1}: UTF-8, two-space indentation, fields in the documented
 * order, absent optional fields and assigned relationship ids left out, so that reading the file back gives an
 * equal dataset.
 */
public final class DatasetWriter {

    /** Writes the file atomically: readers see the old file or the whole new one, never a part. */
    public void write(Dataset dataset, Path file) throws IOException {
        AtomicFile.write(file, out -> write(dataset, out));
    }

    /** Writes to the stream, which stays open. */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonConfiguration.factory().createGenerator(out)) {
            json.setPrettyPrinter(JsonConfiguration.prettyPrinter());
            writeDataset(json, dataset);
            json.writeRaw('\n');
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

    private static void writeDataset(JsonGenerator json, Dataset dataset) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FormatFields.FORMAT);
        json.writeStringField("title", dataset.title());
        optional(json, "description", dataset.description());
        json.writeStringField("language", dataset.language());
        if (!dataset.sources().isEmpty()) {
            json.writeArrayFieldStart("sources");
            for (Source source : dataset.sources()) {
                writeSource(json, source);
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("entities");
        for (Entity entity : dataset.entities()) {
            writeEntity(json, entity);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relationships");
        for (Relationship relationship : dataset.relationships()) {
            writeRelationship(json, relationship);
        }
        json.writeEndArray();
        if (!dataset.stories().isEmpty()) {
            json.writeFieldName("stories");
            StoryJson.writeStories(json, dataset.stories());
        }
        json.writeEndObject();
    }

    private static void writeSource(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        json.writeStringField("title", source.title());
        optional(json, "author", source.author());
        optional(json, "publisher", source.publisher());
        optional(json, "date", source.date());
        optional(json, "url", source.url());
        optional(json, "note", source.note());
        json.writeEndObject();
    }

    private static void writeEntity(JsonGenerator json, Entity entity) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("type", entity.type().id());
        json.writeStringField("name", entity.name());
        optional(json, "aliases", entity.aliases());
        optional(json, "countries", entity.countries());
        optional(json, "start", entity.start());
        optional(json, "end", entity.end());
        optional(json, "description", entity.description());
        optional(json, "sources", entity.sources());
        optional(json, "tags", entity.tags());
        json.writeEndObject();
    }

    private static void writeRelationship(JsonGenerator json, Relationship relationship) throws IOException {
        json.writeStartObject();
        if (relationship.idGiven()) {
            json.writeStringField("id", relationship.id());
        }
        json.writeStringField("type", relationship.type());
        json.writeStringField("from", relationship.from());
        json.writeStringField("to", relationship.to());
        optional(json, "role", relationship.role());
        optional(json, "start", relationship.start());
        optional(json, "end", relationship.end());
        optional(json, "description", relationship.description());
        optional(json, "sources", relationship.sources());
        json.writeEndObject();
    }

    static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    static void optional(JsonGenerator json, String field, PartialDate date) throws IOException {
        if (date != null) {
            json.writeStringField(field, date.toString());
        }
    }

    /** A string array, left out when empty. */
    static void optional(JsonGenerator json, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            strings(json, field, values);
        }
    }

    /** A string array on one line, as people write short lists by hand: {@code ["UE", "FAT"]}. */
    static void strings(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        StringBuilder array = new StringBuilder("[");
        for (String value : values) {
            if (array.length() > 1) {
                array.append(", ");
            }
            array.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
        }
        json.writeFieldName(field);
        json.writeRawValue(array.append(']').toString());
    }
}

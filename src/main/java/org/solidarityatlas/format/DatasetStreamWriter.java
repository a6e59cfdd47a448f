package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.Translation;
import org.solidarityatlas.model.Translations;

/**
 * Writes a dataset in format {@code solidarity-atlas/1} one item at a time, so that a dataset far larger than
 * the heap can be written: {@link #begin}, then every {@link #entity}, then every {@link #relationship}, then
 * {@link #end}. The layout is the one {@link DatasetWriter} produces (it writes through this class).
 */
public final class DatasetStreamWriter implements Closeable {

    private enum Stage { NEW, ENTITIES, RELATIONSHIPS, ENDED }

    private final JsonGenerator json;
    private Stage stage = Stage.NEW;

    /** Writes to {@code out}, which stays open; {@link #close()} only flushes. */
    public DatasetStreamWriter(OutputStream out) throws IOException {
        json = JsonConfiguration.factory().createGenerator(out);
        json.setPrettyPrinter(JsonConfiguration.prettyPrinter());
    }

    /** The dataset's header and its sources; {@code description} may be null, {@code language} too (then "en"). */
    public void begin(String title, String description, String language, List<Source> sources) throws IOException {
        begin(title, description, language, Translations.NONE, sources);
    }

    /** The header with the title and description in other languages, then the sources. */
    public void begin(String title, String description, String language, Translations translations,
            List<Source> sources) throws IOException {
        expect(Stage.NEW, "begin");
        json.writeStartObject();
        json.writeStringField("format", FormatFields.FORMAT);
        json.writeStringField("title", title);
        optional(json, "description", description);
        json.writeStringField("language", language == null ? Dataset.DEFAULT_LANGUAGE : language);
        translations(json, translations, TranslationFields.DATASET);
        if (!sources.isEmpty()) {
            json.writeArrayFieldStart("sources");
            for (Source source : sources) {
                source(source);
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("entities");
        stage = Stage.ENTITIES;
    }

    public void entity(Entity entity) throws IOException {
        expect(Stage.ENTITIES, "entity");
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
        translations(json, entity.translations(), TranslationFields.ENTITY);
        json.writeEndObject();
    }

    /** Written after every entity; an id the file did not give ({@code idGiven} false) is left out again. */
    public void relationship(Relationship relationship) throws IOException {
        startRelationships();
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
        translations(json, relationship.translations(), TranslationFields.RELATIONSHIP);
        json.writeEndObject();
    }

    /** Closes the arrays and the dataset, with the stories if there are any, and flushes. */
    public void end(List<Story> stories) throws IOException {
        startRelationships();
        json.writeEndArray();
        if (!stories.isEmpty()) {
            json.writeFieldName("stories");
            StoryJson.writeStories(json, stories);
        }
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        stage = Stage.ENDED;
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void startRelationships() throws IOException {
        if (stage == Stage.ENTITIES) {
            json.writeEndArray();
            json.writeArrayFieldStart("relationships");
            stage = Stage.RELATIONSHIPS;
        }
        expect(Stage.RELATIONSHIPS, "relationship");
    }

    /** Writing out of order would produce a file that is not a dataset: that is a programming error. */
    private void expect(Stage expected, String what) {
        if (stage != expected) {
            throw new IllegalStateException(what + " written at stage " + stage + ", expected " + expected);
        }
    }

    private void source(Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        json.writeStringField("title", source.title());
        optional(json, "author", source.author());
        optional(json, "publisher", source.publisher());
        optional(json, "date", source.date());
        optional(json, "url", source.url());
        optional(json, "note", source.note());
        translations(json, source.translations(), TranslationFields.SOURCE);
        json.writeEndObject();
    }

    /** The translations, languages in their order and fields in the format's, left out when there are none. */
    static void translations(JsonGenerator json, Translations translations, List<String> fields) throws IOException {
        if (translations.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(TranslationFields.FIELD);
        for (var language : translations.byLanguage().entrySet()) {
            Translation translation = language.getValue();
            json.writeObjectFieldStart(language.getKey());
            for (String field : fields) {
                if (field.equals(TranslationFields.ALIASES)) {
                    optional(json, field, translation.aliases());
                } else {
                    optional(json, field, translation.texts().get(field));
                }
            }
            json.writeEndObject();
        }
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

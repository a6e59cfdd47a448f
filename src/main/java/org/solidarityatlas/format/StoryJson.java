package org.solidarityatlas.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.solidarityatlas.format.LocatedValue.ArrayValue;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/**
 * Stories as a JSON array in the dataset format's own spelling, so that the store can keep them as one string
 * without depending on Jackson, and the dataset writer writes them the same way.
 */
public final class StoryJson {

    private StoryJson() {
    }

    /** The stories as a compact JSON array. */
    public static String toJson(List<Story> stories) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonConfiguration.factory().createGenerator(text)) {
            writeStories(json, stories);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Reads stories written by {@link #toJson}. Entity ids in {@code focus} are not checked here: that needs the
     * dataset, and the store only keeps stories of datasets that passed validation.
     *
     * @throws IllegalArgumentException when the text is not a valid stories array, naming the first problem
     */
    public static List<Story> fromJson(String json) {
        ProblemList problems = new ProblemList("stories");
        try (JsonParser parser = JsonConfiguration.factory().createParser(new StringReader(json))) {
            LocatedValue root = LocatedTreeParser.parse(parser, problems);
            if (!(root instanceof ArrayValue array)) {
                throw new IllegalArgumentException("stories must be a JSON array");
            }
            List<Story> stories = new StoryInterpreter(problems, Optional.empty(), Optional.empty())
                    .stories(Optional.of(array));
            if (problems.hasErrors()) {
                throw new IllegalArgumentException("invalid stories: " + problems.inFileOrder().stream()
                        .filter(Problem::isError).findFirst().orElseThrow());
            }
            return stories;
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid stories JSON: " + e.getMessage(), e);
        }
    }

    static void writeStories(JsonGenerator json, List<Story> stories) throws IOException {
        json.writeStartArray();
        for (Story story : stories) {
            json.writeStartObject();
            json.writeStringField("id", story.id());
            json.writeStringField("title", story.title());
            DatasetStreamWriter.optional(json, "description", story.description());
            json.writeArrayFieldStart("steps");
            for (StoryStep step : story.steps()) {
                writeStep(json, step);
            }
            json.writeEndArray();
            DatasetStreamWriter.translations(json, story.translations(), TranslationFields.STORY);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStep(JsonGenerator json, StoryStep step) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", step.title());
        DatasetStreamWriter.optional(json, "text", step.text());
        DatasetStreamWriter.optional(json, "notes", step.notes());
        DatasetStreamWriter.optional(json, "from", step.from());
        DatasetStreamWriter.optional(json, "to", step.to());
        DatasetStreamWriter.optional(json, "focus", step.focus());
        // Sets have no order of their own: types follow the enum, relationship types the alphabet.
        if (step.types().isPresent()) {
            Set<EntityType> types = step.types().get();
            DatasetStreamWriter.strings(json, "types", Arrays.stream(EntityType.values())
                    .filter(types::contains).map(EntityType::id).toList());
        }
        if (step.relationshipTypes().isPresent()) {
            DatasetStreamWriter.strings(json, "relationshipTypes", step.relationshipTypes().get().stream().sorted().toList());
        }
        if (step.depth().isPresent()) {
            json.writeNumberField("depth", step.depth().get());
        }
        DatasetStreamWriter.translations(json, step.translations(), TranslationFields.STEP);
        json.writeEndObject();
    }
}

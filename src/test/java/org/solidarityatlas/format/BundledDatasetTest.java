package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

/** The bundled history: clean for the validator, and in Spanish wherever it has text. */
class BundledDatasetTest {

    private static ReadResult result;
    private static Dataset dataset;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = BundledDatasetTest.class.getResourceAsStream("/seeds/ue-fat-alliance.json")) {
            result = new DatasetReader().read(in, "ue-fat-alliance.json");
        }
        dataset = result.dataset().orElseThrow();
    }

    @Test
    void bundledDatasetHasNeitherErrorsNorWarnings() {
        assertEquals(List.of(), result.problems());
    }

    @Test
    void everyEntityHasASpanishNameAndADescriptionWhereItHasOne() {
        for (Entity entity : dataset.entities()) {
            assertTrue(entity.translations().text("es", "name").isPresent(), entity.id());
            assertEquals(entity.description() != null, entity.translations().text("es", "description").isPresent(),
                    entity.id());
        }
    }

    @Test
    void everyRelationshipRoleAndDescriptionHasSpanish() {
        for (Relationship relationship : dataset.relationships()) {
            assertEquals(relationship.role() != null, relationship.translations().text("es", "role").isPresent(),
                    relationship.id());
            assertEquals(relationship.description() != null,
                    relationship.translations().text("es", "description").isPresent(), relationship.id());
        }
    }

    @Test
    void theWholeStoryIsInSpanish() {
        assertTrue(dataset.translations().text("es", "title").isPresent());
        for (Story story : dataset.stories()) {
            assertTrue(story.translations().text("es", "title").isPresent(), story.id());
            assertTrue(story.translations().text("es", "description").isPresent(), story.id());
            for (StoryStep step : story.steps()) {
                for (String field : List.of("title", "text", "notes")) {
                    assertTrue(step.translations().text("es", field).isPresent(), step.title() + " " + field);
                }
            }
        }
    }
}

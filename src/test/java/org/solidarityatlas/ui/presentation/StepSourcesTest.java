package org.solidarityatlas.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.StoryStep;

class StepSourcesTest {

    private static final Dataset DATASET = new Dataset("Sources atlas", null, null,
            List.of(new Source("s1", "Minutes", null, null, null, null, null),
                    new Source("s2", "A history", "R. Writer", "Press", "2004", "https://example.org/h", null),
                    new Source("s3", "Letters", null, null, "1950", null, null),
                    new Source("s4", "Unrelated", null, null, null, null, null)),
            List.of(entity("a", "s1", "s2"), entity("b", "s2"), entity("c", "s4")),
            List.of(relationship("a-b", "a", "b", "s2", "s3"), relationship("a-c", "a", "c", "s4")),
            List.of());

    private static Entity entity(String id, String... sources) {
        return new Entity(id, EntityType.UNION, "Union " + id, List.of(), List.of(), null, null, null,
                List.of(sources), List.of());
    }

    private static Relationship relationship(String id, String from, String to, String... sources) {
        return new Relationship(id, true, "allied_with", from, to, null, null, null, null, List.of(sources));
    }

    private static StoryStep step(String... focus) {
        return new StoryStep("Step", null, null, null, null, List.of(focus), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void sourcesOfTheFocusAndTheRelationshipsAmongItComeMostCitedFirst() {
        StepSources sources = StepSources.of(DATASET, step("a", "b"));
        // s2 is cited by a, b and a-b; s1 by a; s3 by a-b; s4 only by c and a-c, which lie outside the focus.
        assertEquals(List.of("s2", "s1", "s3"), sources.sources().stream().map(Source::id).toList());
    }

    @Test
    void aStepWithoutFocusCitesNothing() {
        assertTrue(StepSources.of(DATASET, step()).isEmpty());
    }

    @Test
    void shortCitationAddsAuthorAndDateWhenKnown() {
        assertEquals("A history (R. Writer, 2004)", StepSources.shortCitation(DATASET.sources().get(1)));
        assertEquals("Letters (1950)", StepSources.shortCitation(DATASET.sources().get(2)));
        assertEquals("Minutes", StepSources.shortCitation(DATASET.sources().get(0)));
    }

    @Test
    void lineNamesWhatFitsAndCountsTheRest() {
        StepSources sources = StepSources.of(DATASET, step("a", "b"));
        String all = "Sources: A history (R. Writer, 2004) · Minutes · Letters (1950)";
        assertEquals(all, sources.line("Sources: ", n -> "+" + n + " more", all.length(), String::length));
        assertEquals("Sources: A history (R. Writer, 2004) · Minutes · +1 more",
                sources.line("Sources: ", n -> "+" + n + " more", all.length() - 1, String::length));
        assertEquals("Sources: A history (R. Writer, 2004) · +2 more",
                sources.line("Sources: ", n -> "+" + n + " more", 40, String::length));
    }

    @Test
    void fullCitationListsPublisherAndAddress() {
        assertEquals("A history (R. Writer, 2004). Press. https://example.org/h",
                StepSources.fullCitation(DATASET.sources().get(1)));
    }
}

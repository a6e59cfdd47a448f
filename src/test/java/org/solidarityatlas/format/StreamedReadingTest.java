package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.Fixtures.assertError;
import static org.solidarityatlas.format.Fixtures.onlyError;

import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;

/** Entities, relationships and sources are checked while the file is parsed; results must not depend on it. */
class StreamedReadingTest {

    @Test
    void topLevelFieldsMayComeInAnyOrder() {
        ReadResult result = Fixtures.read("relationships-before-entities.json");
        assertTrue(result.isValid(), () -> result.problems().toString());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals(2, dataset.entities().size());
        assertEquals(1, dataset.relationships().size());
        assertEquals("article", dataset.sources().get(0).id());
    }

    @Test
    void secondCopyOfTheEntitiesFieldIsReportedOnceAndNotChecked() {
        assertError(onlyError("duplicate-entities-field.json"), 7, 3, "field 'entities' appears twice");
    }

    @Test
    void brokenJsonReportsOnlyTheSyntaxErrorNotProblemsOfItemsBeforeIt() {
        assertError(onlyError("bad-item-then-syntax-error.json"), 8, 27, "invalid JSON");
    }
}

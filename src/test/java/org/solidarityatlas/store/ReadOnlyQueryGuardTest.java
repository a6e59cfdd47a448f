package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guard judges plans as either store reports them: embedded names, or a server's with a runtime suffix. */
class ReadOnlyQueryGuardTest {

    @Test
    void planReadingTheDatasetMayRun() {
        assertEquals(Optional.empty(), ReadOnlyQueryGuard.refusal(
                List.of("ProduceResults", "Projection", "NodeByLabelScan", "ShowProcedures")));
    }

    @Test
    void loadCsvDeepInAServersPlanIsRefused() {
        assertEquals(Optional.of("refused: LOAD CSV reads files and web addresses, not the dataset; only queries"
                        + " that read the dataset can run here, and nothing was run"),
                ReadOnlyQueryGuard.refusal(List.of("ProduceResults@neo4j", "Apply@neo4j", "LoadCSV@neo4j")));
    }

    @Test
    void operatorWhoseNameOnlyContainsARefusedOneMayRun() {
        assertEquals(Optional.empty(), ReadOnlyQueryGuard.refusal(List.of("ProduceResults", "NotLoadCSVReally")));
    }
}

package org.solidarityatlas.store;

import org.solidarityatlas.testing.SmallDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed import leaves in the data directory is cleaned up when the store next opens. */
class CrashLitterTest {

    @TempDir
    Path directory;

    @Test
    void transactionLogsOfAKilledImportArePrunedWhenTheStoreNextOpens() throws IOException, InterruptedException {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(directory)) {
            store.replaceDataset(SmallDataset.dataset());
        }
        assertEquals("halting", OtherJvm.run(CrashDuringImport.class, directory));
        long logsAfterTheCrash = transactionLogBytes();

        try (Neo4jGraphStore reopened = Neo4jGraphStore.open(directory)) {
            assertEquals(Optional.of(SmallDataset.dataset()), reopened.dataset());
        }

        // Without the pruning the reopened store only appends: its recovery and clean-up add to the same log.
        long logsAfterReopening = transactionLogBytes();
        assertTrue(logsAfterReopening < logsAfterTheCrash,
                logsAfterReopening + " bytes of transaction logs after reopening, " + logsAfterTheCrash + " before");
    }

    private long transactionLogBytes() throws IOException {
        try (Stream<Path> files = Files.walk(directory.resolve("data").resolve("transactions"))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sum();
        }
    }
}

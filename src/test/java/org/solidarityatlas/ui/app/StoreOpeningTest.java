package org.solidarityatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.store.DataDirectoryInUseException;
import org.solidarityatlas.store.GraphStore;

class StoreOpeningTest {

    @TempDir
    Path directory;

    @Test
    void storeOpenedAheadIsTheOneAwaited() {
        try (GraphStore store = StoreOpening.start(directory).await()) {
            assertTrue(store.isEmpty());
        }
    }

    @Test
    void failureToOpenAheadIsThrownByAwaitAsItself() {
        try (GraphStore first = StoreOpening.start(directory).await()) {
            DataDirectoryInUseException e = assertThrows(DataDirectoryInUseException.class,
                    () -> StoreOpening.start(directory).await());
            assertTrue(e.getMessage().startsWith("the data directory is in use"), e.getMessage());
        }
    }
}

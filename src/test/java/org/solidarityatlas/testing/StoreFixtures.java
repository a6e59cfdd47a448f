package org.solidarityatlas.testing;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.store.Neo4jGraphStore;

/** Datasets as the app gets them: read from a real file, stored in a real store, and read back from it. */
public final class StoreFixtures {

    private StoreFixtures() {
    }

    public static Dataset bundled() {
        InputStream in = StoreFixtures.class.getResourceAsStream("/seeds/ue-fat-alliance.json");
        return valid(new DatasetReader().read(in, "ue-fat-alliance.json"));
    }

    public static Path file(String name) {
        try {
            return Path.of(StoreFixtures.class.getResource("/ui/story/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Dataset read(String name) {
        return valid(new DatasetReader().read(file(name)));
    }

    /** Stores the dataset and returns what the store gives back, as the explorer would show it. */
    public static Dataset throughStore(Neo4jGraphStore store, Dataset dataset) {
        store.replaceDataset(dataset);
        return store.dataset().orElseThrow();
    }

    private static Dataset valid(ReadResult result) {
        if (!result.isValid()) {
            throw new IllegalStateException("test dataset is invalid: " + result.problems());
        }
        return result.dataset().orElseThrow();
    }
}

package org.solidarityatlas.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.format.ReadResult;
import org.solidarityatlas.model.Dataset;

/** The test datasets in src/test/resources/ui/story and the bundled one. */
public final class StoryFixtures {

    private StoryFixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(StoryFixtures.class.getResource("/ui/story/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Dataset read(String name) {
        return valid(new DatasetReader().read(path(name)));
    }

    public static Dataset riverTowns() {
        return read("river-towns.json");
    }

    public static Dataset bundled() {
        return valid(new DatasetReader().read(StoryFixtures.class.getResourceAsStream("/seeds/ue-fat-alliance.json"),
                "ue-fat-alliance.json"));
    }

    private static Dataset valid(ReadResult result) {
        if (!result.isValid()) {
            throw new IllegalStateException("test dataset is invalid: " + result.problems());
        }
        return result.dataset().orElseThrow();
    }
}

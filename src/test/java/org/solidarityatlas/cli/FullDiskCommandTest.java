package org.solidarityatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.solidarityatlas.cli.AtlasRun.atlas;
import static org.solidarityatlas.cli.AtlasRun.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.files.SmallFileSystem;

/** Commands on a full disk: one line each, no stack trace, and the stored dataset as it was. */
class FullDiskCommandTest {

    @TempDir
    Path folder;

    @Test
    void importAndQueryOnAFullDiskAreOneLineEachAndTheDatasetStays() throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mountIn(folder)) {
            String db = disk.root().resolve("db").toString();
            assertEquals(0, atlas("import", fixture("small.json").toString(), "--db", db).exitCode());
            Path filler = disk.fillUntilFree(0);
            String full = "atlas: the disk holding " + db + " is full; nothing was changed";

            AtlasRun imported = atlas("import", fixture("alliance.json").toString(), "--db", db);
            AtlasRun queried = atlas("query", "--db", db, "MATCH (n:Entity) RETURN count(n) AS n");

            assertEquals(1, imported.exitCode(), imported.toString());
            assertEquals(List.of(full), imported.errLines());
            assertEquals(1, queried.exitCode(), queried.toString());
            assertEquals(List.of(full), queried.errLines());
            Files.delete(filler);
            AtlasRun title = atlas("query", "--db", db, "MATCH (d:Dataset {current: true}) RETURN d.title AS t");
            assertEquals(List.of("t", "------------------", "Small test dataset", "(1 row)"), title.outLines());
        }
    }
}

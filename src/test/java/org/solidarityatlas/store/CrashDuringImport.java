package org.solidarityatlas.store;

import org.solidarityatlas.testing.SmallDataset;
import java.nio.file.Path;

/**
 * Run as a separate JVM by {@link ReplaceDatasetTest}: starts replacing the dataset in the directory given as
 * argument and halts the JVM half way, as a power cut would, without closing anything.
 */
public final class CrashDuringImport {

    private CrashDuringImport() {
    }

    public static void main(String[] args) {
        Neo4jGraphStore store = Neo4jGraphStore.open(Path.of(args[0]));
        store.replaceDataset(SmallDataset.other(), 1, (what, written, total) -> {
            if (what.equals("relationships") && written == 2) {
                System.out.println("halting");
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        });
        System.out.println("import finished without halting");
    }
}

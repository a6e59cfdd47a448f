package org.solidarityatlas.store;

import java.nio.file.Path;

/**
 * Run as a separate JVM by {@link OpenStoreTest}: tries to open the data directory given as argument and prints
 * what happened on one line, as the application would show it.
 */
public final class OpenStoreInAnotherProcess {

    private OpenStoreInAnotherProcess() {
    }

    public static void main(String[] args) {
        try (Neo4jGraphStore store = Neo4jGraphStore.open(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (StoreException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}

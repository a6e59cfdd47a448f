package org.solidarityatlas.store;

/** Told after each batch an import writes; lets tests inject a failure half way and a later step report progress. */
@FunctionalInterface
interface ImportProgress {

    ImportProgress NONE = (what, written, total) -> { };

    /**
     * @param what    "sources", "entities", "relationships" or "stories"
     * @param written how many of {@code what} are written so far
     * @param total   how many there are in all
     */
    void batchWritten(String what, int written, int total);
}

package org.solidarityatlas.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.graphdb.Transaction;

/**
 * Commits an import's batch transactions, either at once or on a thread of its own, one at a time and in order,
 * while the import builds the next batch: with two cores, building a batch and committing the one before overlap.
 * Neo4j's transactions are not tied to the thread that began them. Each batch is reported once it is committed,
 * on the import's thread, so a failure the report throws stops the import as before.
 *
 * <p>Overlapping pays only while no index is updated batch by batch: measured on 100,000 entities replacing a
 * stored dataset, building batches beside commits that update the indexes made the entities' load two and a half
 * times slower.
 */
final class BatchCommits implements AutoCloseable {

    private final ExecutorService committer;
    private Future<?> committing;
    private Runnable whenCommitted;

    /** {@code inBackground}: commit on a thread of its own while the next batch is built. */
    BatchCommits(boolean inBackground) {
        committer = inBackground ? Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "atlas-import-commit");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /**
     * Waits for the previous batch to commit and reports it, then starts committing this one. The transaction is
     * closed in every case: committed, or rolled back when the previous batch or its report failed.
     */
    void commit(Transaction transaction, Runnable report) {
        try {
            finish();
        } catch (RuntimeException | Error failure) {
            transaction.close();
            throw failure;
        }
        if (committer == null) {
            try (transaction) {
                transaction.commit();
            }
            report.run();
            return;
        }
        whenCommitted = report;
        committing = committer.submit(() -> {
            try (transaction) {
                transaction.commit();
            }
        });
    }

    /** Waits for the batch being committed, if any, and reports it. */
    void finish() {
        if (committing == null) {
            return;
        }
        Future<?> batch = committing;
        Runnable report = whenCommitted;
        committing = null;
        whenCommitted = null;
        awaitCommit(batch);
        report.run();
    }

    private static void awaitCommit(Future<?> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new StoreException(Neo4jGraphStore.firstLine(e.getCause()), e.getCause());
        }
    }

    /**
     * Waits for a commit still under way, so that a failed import cleans up only after it, and stops the thread.
     * That commit's own failure is not reported again: the import has already failed.
     */
    @Override
    public void close() {
        try {
            if (committing != null) {
                committing.get();
            }
        } catch (ExecutionException e) {
            // The failure that ended the import is the one to report.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            committing = null;
            if (committer != null) {
                committer.shutdown();
            }
        }
    }
}

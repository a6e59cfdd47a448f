package org.solidarityatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.neo4j.common.DependencyResolver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.impl.transaction.log.files.LogFiles;
import org.neo4j.kernel.impl.transaction.log.rotation.LogRotateEvent;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Drops the transaction logs a crashed import left. They are kept until a checkpoint, and only whole rotated
 * files go then; a killed process never checkpoints, so each killed import added its megabytes to one log file
 * that nothing pruned (ten of them grew a 3.5 MB data directory to 68 MB). Rotating the log and forcing a
 * checkpoint lets the {@code keep_none} policy (see {@link EmbeddedSettings}) delete the old files at once.
 * These are Neo4j's internal services: the embedded API offers no public way to ask for either.
 */
final class TransactionLogs {

    private TransactionLogs() {
    }

    /**
     * Starts a new log file. Called as the store opens, before an interrupted import is cleaned up: {@code keep_none}
     * keeps the latest log file that holds transactions, so the clean-up must land in a file of its own.
     */
    static void startNewFile(GraphDatabaseService database) {
        try {
            dependencies(database).resolveDependency(LogFiles.class).getLogFile().getLogRotation()
                    .rotateLogFile(() -> LogRotateEvent.NULL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A checkpoint, after which the log files before the current one are deleted. */
    static void pruneOlderFiles(GraphDatabaseService database) {
        try {
            dependencies(database).resolveDependency(CheckPointer.class)
                    .forceCheckPoint(new SimpleTriggerInfo("cleaning up after an interrupted import"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DependencyResolver dependencies(GraphDatabaseService database) {
        return ((GraphDatabaseAPI) database).getDependencyResolver();
    }
}

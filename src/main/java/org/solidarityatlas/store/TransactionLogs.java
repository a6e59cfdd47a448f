package org.solidarityatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
final class TransactionLogs {

    private TransactionLogs() {
    }

    static void pruneAfterRecovery(GraphDatabaseService database) {
        var dependencies = ((GraphDatabaseAPI) database).getDependencyResolver();
        try {
            dependencies.resolveDependency(LogFiles.class).getLogFile().getLogRotation()
                    .rotateLogFile(() -> LogRotateEvent.NULL);
            dependencies.resolveDependency(CheckPointer.class)
                    .forceCheckPoint(new SimpleTriggerInfo("cleaning up after an interrupted import"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

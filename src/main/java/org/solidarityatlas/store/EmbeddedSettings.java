package org.solidarityatlas.store;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** The embedded database's configuration, in one place so that tests can start a database configured alike. */
final class EmbeddedSettings {

    /** Small, explicit memory settings: a desktop app shares the machine with everything else. */
    static final long PAGE_CACHE_BYTES = 128L << 20;

    /**
     * Imports write in batches of a few thousand rows per transaction, so no transaction needs much; the limit
     * makes a runaway query fail cleanly instead of exhausting the heap.
     */
    static final long TRANSACTION_MEMORY_BYTES = 256L << 20;
    static final long ALL_TRANSACTIONS_MEMORY_BYTES = 512L << 20;

    private EmbeddedSettings() {
    }

    static DatabaseManagementServiceBuilder builder(Path directory) {
        return new DatabaseManagementServiceBuilder(directory)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, TRANSACTION_MEMORY_BYTES)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ALL_TRANSACTIONS_MEMORY_BYTES)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.logs_directory, directory.resolve("logs"))
                // Transaction logs are for recovery only here: no preallocated files, no history kept.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                // LOAD CSV is refused by ReadOnlyQueryGuard; this is the second lock on the machine's files.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false);
    }
}

package org.solidarityatlas.cli;

import java.time.Duration;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.QueryLimits;
import org.solidarityatlas.store.QueryResult;
import org.solidarityatlas.store.QueryTimedOutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas query CYPHER}: runs a read-only Cypher query on the store and prints the result. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Runs a read-only Cypher query and prints the result.",
            "Prints an aligned table, or JSON with --json. A query that would change the data, or that loads CSV "
                    + "(files or web addresses), is refused and the store stays as it was. The database stops a query "
                    + "that runs longer than --timeout; rows beyond --limit are counted, not printed. A data "
                    + "directory with no dataset yet gets the bundled one first, as the explorer does."})
final class QueryCommand extends ReportingCommand {

    private static final int MAX_TIMEOUT_SECONDS = 24 * 60 * 60;

    @Parameters(paramLabel = "CYPHER", description = "The query, e.g. \"MATCH (n:Entity) RETURN n.type, count(*)\".")
    String cypher;

    @Option(names = "--json", description = "Print the rows as a JSON array of objects.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Print at most N rows, then how many more there were (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    StoreOptions storeOptions;

    @Override
    int run() {
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new CommandFailure("--timeout must be 1 to " + MAX_TIMEOUT_SECONDS + " seconds, not "
                    + timeoutSeconds);
        }
        if (limit < 0) {
            throw new CommandFailure("--limit must not be negative, not " + limit);
        }
        QueryLimits limits = new QueryLimits(Duration.ofSeconds(timeoutSeconds), limit);
        QueryResult result;
        try (GraphStore store = StoredDataset.open(storeOptions, err())) {
            result = store.readOnlyQuery(cypher, limits);
        } catch (QueryTimedOutException e) {
            throw new CommandFailure(e.getMessage() + "; narrow it, or allow more with --timeout SECONDS");
        }
        if (json) {
            out().print(QueryJson.render(result));
            // The JSON stays a valid array; the note goes beside it.
            if (result.moreRows() > 0) {
                err().println(QueryTable.moreRows(result) + " (--limit N prints more)");
            }
        } else {
            out().print(QueryTable.render(result));
        }
        return OK;
    }
}

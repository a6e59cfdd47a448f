package org.solidarityatlas.cli;

import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.QueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas query CYPHER}: runs a read-only Cypher query on the store and prints the result. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {
            "Runs a read-only Cypher query and prints the result.",
            "Prints an aligned table, or JSON with --json. A query that would change the data is refused and "
                    + "the store stays as it was. A data directory with no dataset yet gets the bundled one first, "
                    + "as the explorer does."})
final class QueryCommand extends ReportingCommand {

    @Parameters(paramLabel = "CYPHER", description = "The query, e.g. \"MATCH (n:Entity) RETURN n.type, count(*)\".")
    String cypher;

    @Option(names = "--json", description = "Print the rows as a JSON array of objects.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Override
    int run() {
        QueryResult result;
        try (GraphStore store = StoredDataset.open(storeOptions, err())) {
            result = store.readOnlyQuery(cypher);
        }
        out().print(json ? QueryJson.render(result) : QueryTable.render(result));
        return OK;
    }
}

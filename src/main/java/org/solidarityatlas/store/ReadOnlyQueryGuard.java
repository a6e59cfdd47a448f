package org.solidarityatlas.store;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Decides from a query's plan whether the read-only query console may run it, whichever store planned it: the
 * operators are named as Neo4j's EXPLAIN names them, with or without the {@code @neo4j} suffix a server adds.
 * Planning is what counts, not the query's text: {@code LOAD CSV} hidden in a subquery or spelled in odd case
 * still plans a {@code LoadCSV} operator.
 */
public final class ReadOnlyQueryGuard {

    /**
     * Operators that reach beyond the dataset, each with the reason given to the user. Loading CSV reads local
     * files and fetches URLs, so a query pasted from a handout could read a file and send it anywhere; the others
     * watch or stop the database's own work (SHOW PROCEDURES and SHOW FUNCTIONS, which only describe the query
     * language, stay allowed).
     */
    private static final Map<String, String> REFUSED_OPERATORS = Map.of(
            "LoadCSV", "LOAD CSV reads files and web addresses, not the dataset",
            "TerminateTransactions", "TERMINATE TRANSACTIONS stops the database's work",
            "ShowTransactions", "SHOW TRANSACTIONS shows the database's own work, not the dataset",
            "ShowSettings", "SHOW SETTINGS shows the database's configuration, not the dataset");

    private ReadOnlyQueryGuard() {
    }

    /** The one-line refusal for a plan holding any of these operators, or empty when the plan may run. */
    public static Optional<String> refusal(Collection<String> planOperators) {
        return planOperators.stream()
                .map(ReadOnlyQueryGuard::withoutRuntimeSuffix)
                .filter(REFUSED_OPERATORS::containsKey)
                .findFirst()
                .map(operator -> "refused: " + REFUSED_OPERATORS.get(operator)
                        + "; only queries that read the dataset can run here, and nothing was run");
    }

    private static String withoutRuntimeSuffix(String operator) {
        int at = operator.indexOf('@');
        return at < 0 ? operator : operator.substring(0, at);
    }
}

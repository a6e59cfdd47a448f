package org.solidarityatlas.store;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Turns what the Neo4j driver throws into one line a user can act on, naming the server. The driver's own
 * messages are kept after a colon where they add something (the server's reason), cut to their first line.
 */
final class BoltFailures {

    private BoltFailures() {
    }

    static StoreException describe(ServerConnection server, String doing, RuntimeException failure) {
        if (failure instanceof StoreException known) {
            return known;
        }
        return new StoreException(message(server, doing, failure), failure);
    }

    private static String message(ServerConnection server, String doing, RuntimeException failure) {
        String reason = Neo4jGraphStore.firstLine(failure);
        String code = failure instanceof Neo4jException neo4j && neo4j.code() != null ? neo4j.code() : "";
        if (failure instanceof AuthenticationException) {
            return "the Neo4j server at " + server.uri() + " refused user \"" + server.user()
                    + "\": wrong user name or password";
        }
        if (failure instanceof SecurityException) {
            return "cannot connect securely to " + server.uri() + " (" + reason + "); check the URI's scheme:"
                    + " bolt+s:// and neo4j+s:// need TLS on the server, bolt:// and neo4j:// need it off";
        }
        if (failure instanceof FatalDiscoveryException || code.endsWith("DatabaseNotFound")) {
            return "the Neo4j server at " + server.uri() + " has no database \"" + server.database() + "\"";
        }
        // A role without write access (Security.Forbidden), a database in read-only mode, a write in a read session.
        if (code.startsWith("Neo.ClientError.Security.") || code.contains("ReadOnly") || code.contains("Forbidden")
                || code.endsWith("AccessMode")) {
            return "the Neo4j server refused " + doing + " (" + server.describe() + "): " + reason;
        }
        if (failure instanceof SessionExpiredException || failure instanceof ServiceUnavailableException) {
            return "lost or could not make the connection to the Neo4j server at " + server.uri() + " while "
                    + doing + ": " + reason;
        }
        if (failure instanceof TransientException) {
            return "the Neo4j server could not finish " + doing + " now, try again: " + reason;
        }
        return doing + " failed on " + server.describe() + ": " + reason;
    }
}

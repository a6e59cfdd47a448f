package org.solidarityatlas.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import org.solidarityatlas.store.BoltGraphStore;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.Neo4jGraphStore;
import org.solidarityatlas.store.ServerConnection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command finds the store: the data directory ({@code --db DIR}), or a Neo4j server ({@code --neo4j URI})
 * with Neo4j's own conventions for the user, password and database. The password is never an option: it comes
 * from {@code NEO4J_PASSWORD}, else it is asked on the terminal without echo.
 */
final class StoreOptions {

    static final String USER_VARIABLE = "NEO4J_USERNAME";
    static final String PASSWORD_VARIABLE = "NEO4J_PASSWORD";
    static final String DATABASE_VARIABLE = "NEO4J_DATABASE";

    @Mixin
    DataDirectoryOption dataDirectory;

    @Option(names = "--neo4j", paramLabel = "URI",
            description = "Use the Neo4j server at URI instead of the data directory: bolt://HOST:7687, "
                    + "neo4j://HOST:7687 (clusters, Aura), or +s / +ssc forms for TLS. The password comes from "
                    + "$NEO4J_PASSWORD, else it is asked.")
    String uri;

    @Option(names = "--neo4j-user", paramLabel = "USER",
            description = "User on the server. Default: $NEO4J_USERNAME, else neo4j.")
    String user;

    @Option(names = "--neo4j-database", paramLabel = "NAME",
            description = "Database on the server. Default: $NEO4J_DATABASE, else neo4j.")
    String database;

    @Option(names = "--read-only", description = "Never write to the server (no write transaction is opened).")
    boolean readOnly;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    boolean onServer() {
        return uri != null;
    }

    /** Names the data directory or the server, for messages. */
    String location() {
        return onServer() ? uri + ", database " + databaseName() : dataDirectory.directory(command).toString();
    }

    /**
     * Opens the store. On a server the connection is read-only when {@code --read-only} is given or
     * {@code readOnlyAnyway} (a command that only reads); the data directory is always opened for writing, as
     * opening it may finish an import a crash cut short.
     */
    GraphStore open(boolean readOnlyAnyway) {
        if (!onServer()) {
            if (readOnly) {
                throw new ReportingCommand.CommandFailure("--read-only is for a server (--neo4j URI)");
            }
            Path directory = dataDirectory.directory(command);
            return Neo4jGraphStore.open(directory);
        }
        if (dataDirectory.given != null) {
            throw new ReportingCommand.CommandFailure("give either --db or --neo4j, not both");
        }
        return BoltGraphStore.open(connection(readOnly || readOnlyAnyway));
    }

    ServerConnection connection(boolean readOnlyConnection) {
        String userName = user != null ? user : environment().getOrDefault(USER_VARIABLE, ServerConnection.DEFAULT_USER);
        return new ServerConnection(uri, userName, password(userName), databaseName(), readOnlyConnection);
    }

    private String databaseName() {
        return database != null ? database
                : environment().getOrDefault(DATABASE_VARIABLE, ServerConnection.DEFAULT_DATABASE);
    }

    private String password(String userName) {
        String given = environment().get(PASSWORD_VARIABLE);
        if (given != null) {
            return given;
        }
        Console console = System.console();
        if (console == null) {
            throw new ReportingCommand.CommandFailure("no password for " + userName + " at " + uri + ": set "
                    + PASSWORD_VARIABLE + ", or run the command in a terminal to be asked for it");
        }
        char[] typed = console.readPassword("Password for %s at %s: ", userName, uri);
        if (typed == null) {
            throw new ReportingCommand.CommandFailure("no password given for " + userName + " at " + uri);
        }
        return new String(typed);
    }

    private Map<String, String> environment() {
        return command.root().userObject() instanceof AtlasCommand atlas ? atlas.environment : System.getenv();
    }
}

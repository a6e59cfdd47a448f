package org.solidarityatlas.store;

import java.util.Objects;

/**
 * Where and as whom to reach a Neo4j server: a Bolt URI in Neo4j's own schemes ({@code bolt://}, {@code neo4j://}
 * for routing, each with {@code +s} or {@code +ssc} for TLS), a user, a password, a database, and whether this
 * connection may write. The password never appears in {@link #toString()}.
 */
public record ServerConnection(String uri, String user, String password, String database, boolean readOnly) {

    public static final String DEFAULT_USER = "neo4j";
    public static final String DEFAULT_DATABASE = "neo4j";

    public ServerConnection {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(database, "database");
    }

    /** How messages name the server: "bolt://host:7687, database neo4j". */
    public String describe() {
        return uri + ", database " + database;
    }

    @Override
    public String toString() {
        return "ServerConnection[" + describe() + ", user " + user + (readOnly ? ", read-only" : "") + "]";
    }
}

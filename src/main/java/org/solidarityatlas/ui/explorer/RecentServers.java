package org.solidarityatlas.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * The servers connected to lately, newest first, kept in the user's Java preferences: address, user and database
 * only. Passwords are never stored here: one the user asks to remember goes to the system keyring
 * ({@link ServerPasswords}).
 */
public final class RecentServers {

    /** A server as the Connect dialog offers it again. */
    public record Server(String uri, String user, String database) {

        @Override
        public String toString() {
            return user + " @ " + uri + " (" + database + ")";
        }
    }

    static final int KEPT = 6;
    private static final String SEPARATOR = "\n";

    /** Reached when first used: reading the preferences is no part of building the window. */
    private final Supplier<Preferences> node;
    private Preferences preferences;

    /** In the user's preferences, under {@code atlas.recentServers} when set (tests keep theirs apart). */
    public RecentServers() {
        this.node = () -> Preferences.userRoot().node(System.getProperty("atlas.recentServers",
                "org/solidarityatlas/recent-servers"));
    }

    RecentServers(Preferences preferences) {
        this.node = () -> preferences;
    }

    private synchronized Preferences preferences() {
        if (preferences == null) {
            preferences = node.get();
        }
        return preferences;
    }

    public List<Server> list() {
        List<Server> servers = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            String[] fields = preferences().get("server" + i, "").split(SEPARATOR, -1);
            if (fields.length == 3) {
                servers.add(new Server(fields[0], fields[1], fields[2]));
            }
        }
        return servers;
    }

    /** Puts the server first, once; the oldest beyond {@link #KEPT} is forgotten. */
    public void remember(Server server) {
        List<Server> servers = new ArrayList<>(list());
        servers.remove(server);
        servers.add(0, server);
        for (int i = 0; i < KEPT; i++) {
            if (i < servers.size()) {
                Server kept = servers.get(i);
                preferences().put("server" + i, String.join(SEPARATOR, kept.uri(), kept.user(), kept.database()));
            } else {
                preferences().remove("server" + i);
            }
        }
        try {
            preferences().flush();
        } catch (BackingStoreException e) {
            // The list is a convenience: kept for this session only when the preferences cannot be written.
        }
    }
}

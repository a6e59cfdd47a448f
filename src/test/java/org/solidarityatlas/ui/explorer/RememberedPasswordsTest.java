package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.store.ServerConnection;

/**
 * The recent-servers list never holds a password; one the user asks to remember goes to the keyring, and with no
 * keyring it is kept nowhere. "The file" is the list's preferences node as Java exports it.
 */
class RememberedPasswordsTest {

    private static final String NODE = "org/solidarityatlas/test-remembered-passwords";
    private static final String PASSWORD = "la-lucha-sigue-42";
    private static final ServerConnection SERVER = new ServerConnection("bolt://class.example:7687", "student",
            PASSWORD, "history", true);
    private static final RecentServers.Server LISTED = new RecentServers.Server("bolt://class.example:7687",
            "student", "history");

    private final Preferences preferences = Preferences.userRoot().node(NODE);
    private final RecentServers recent = new RecentServers(preferences);

    /** A keyring in memory. */
    static final class MemoryKeyring implements ServerPasswords {
        final Map<RecentServers.Server, String> kept = new HashMap<>();

        @Override
        public Optional<String> unavailableBecause() {
            return Optional.empty();
        }

        @Override
        public Optional<String> password(RecentServers.Server server) {
            return Optional.ofNullable(kept.get(server));
        }

        @Override
        public void remember(RecentServers.Server server, String password) {
            kept.put(server, password);
        }

        @Override
        public void forget(RecentServers.Server server) {
            kept.remove(server);
        }
    }

    /** No keyring here: anything asked of it fails the test. */
    static final class NoKeyring implements ServerPasswords {
        @Override
        public Optional<String> unavailableBecause() {
            return Optional.of("no keyring in this test");
        }

        @Override
        public Optional<String> password(RecentServers.Server server) {
            throw new AssertionError("asked a keyring that is not there");
        }

        @Override
        public void remember(RecentServers.Server server, String password) {
            throw new AssertionError("gave a password to a keyring that is not there");
        }

        @Override
        public void forget(RecentServers.Server server) {
            throw new AssertionError("asked a keyring that is not there");
        }
    }

    @AfterEach
    void removeTheNode() throws Exception {
        preferences.removeNode();
    }

    private String recentServersFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        preferences.exportNode(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPasswordToRememberGoesToTheKeyringAndNeverIntoTheRecentServersFile() throws Exception {
        MemoryKeyring keyring = new MemoryKeyring();
        ConnectToServer.rememberServer(recent, keyring, SERVER, true);

        assertEquals(Map.of(LISTED, PASSWORD), keyring.kept);
        assertEquals(java.util.List.of(LISTED), recent.list());
        String file = recentServersFile();
        assertTrue(file.contains("class.example"), file);
        assertFalse(file.contains(PASSWORD), file);
    }

    @Test
    void connectingWithoutRememberForgetsAPasswordRememberedBefore() throws Exception {
        MemoryKeyring keyring = new MemoryKeyring();
        ConnectToServer.rememberServer(recent, keyring, SERVER, true);
        ConnectToServer.rememberServer(recent, keyring, SERVER, false);

        assertEquals(Map.of(), keyring.kept);
        assertFalse(recentServersFile().contains(PASSWORD));
    }

    @Test
    void withNoKeyringThePasswordIsKeptNowhere() throws Exception {
        ConnectToServer.rememberServer(recent, new NoKeyring(), SERVER, true);

        assertEquals(java.util.List.of(LISTED), recent.list());
        assertFalse(recentServersFile().contains(PASSWORD));
    }
}

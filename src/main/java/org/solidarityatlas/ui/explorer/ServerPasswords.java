package org.solidarityatlas.ui.explorer;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.solidarityatlas.ui.text.Texts;

/**
 * Server passwords the user asked to remember, kept in the OS keyring (macOS Keychain, Windows Credential
 * Manager, the Secret Service of GNOME or KWallet) through java-keyring, and nowhere else: when no keyring is
 * available, nothing is remembered. The recent-servers list never holds a password.
 */
public interface ServerPasswords {

    /** Empty when passwords can be remembered here; else why not, in one line. */
    Optional<String> unavailableBecause();

    /** The password remembered for the server, if any. May block on the keyring: call it off the JavaFX thread. */
    Optional<String> password(RecentServers.Server server);

    /** Remembers the password for the server; throws {@link IllegalStateException} with one line if it cannot. */
    void remember(RecentServers.Server server, String password);

    /** Forgets the server's password, if one is remembered. */
    void forget(RecentServers.Server server);

    /** The OS keyring, looked for once in the background: until found it counts as unavailable. */
    static ServerPasswords osKeyring() {
        return OsKeyring.INSTANCE;
    }

    /**
     * Starts looking for the OS keyring in the background, so that it is found by the time the server dialog
     * asks. The explorer calls it once its window shows: the look-up loads JNA and D-Bus, which the first frame
     * does not need.
     */
    static void lookAhead() {
        osKeyring();
    }

    /** The keyring as java-keyring reaches it. */
    final class OsKeyring implements ServerPasswords {

        private static final OsKeyring INSTANCE = new OsKeyring();
        private static final String SERVICE = "Solidarity Atlas";

        private final CompletableFuture<Keyring> keyring = CompletableFuture.supplyAsync(() -> {
            try {
                return Keyring.create();
            } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
                throw new IllegalStateException(e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage(), e);
            }
        });

        private OsKeyring() {
        }

        @Override
        public Optional<String> unavailableBecause() {
            if (!keyring.isDone()) {
                return Optional.of(Texts.get("server.keyringLooking"));
            }
            if (keyring.isCompletedExceptionally()) {
                return Optional.of(Texts.get("server.keyringMissing"));
            }
            return Optional.empty();
        }

        private Optional<Keyring> ready() {
            return unavailableBecause().isPresent() ? Optional.empty() : Optional.of(keyring.join());
        }

        private static String account(RecentServers.Server server) {
            return server.user() + "@" + server.uri() + "/" + server.database();
        }

        @Override
        public Optional<String> password(RecentServers.Server server) {
            return ready().flatMap(found -> {
                try {
                    return Optional.ofNullable(found.getPassword(SERVICE, account(server)));
                } catch (PasswordAccessException | RuntimeException e) {
                    return Optional.empty();
                }
            });
        }

        @Override
        public void remember(RecentServers.Server server, String password) {
            Keyring found = ready().orElseThrow(() -> new IllegalStateException(unavailableBecause().orElse("")));
            try {
                found.setPassword(SERVICE, account(server), password);
            } catch (PasswordAccessException | RuntimeException e) {
                throw new IllegalStateException("the system keyring refused the password: " + e.getMessage(), e);
            }
        }

        @Override
        public void forget(RecentServers.Server server) {
            ready().ifPresent(found -> {
                try {
                    found.deletePassword(SERVICE, account(server));
                } catch (PasswordAccessException | RuntimeException e) {
                    // Nothing was remembered for it.
                }
            });
        }
    }
}

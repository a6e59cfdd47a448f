package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.store.BoltGraphStore;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.TestNeo4jServer;
import org.solidarityatlas.ui.tasks.BackgroundTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer on a Neo4j server over Bolt, read-only, as a student's would be: the river-towns dataset
 * ({@code ui/story/river-towns.json}: 7 entities, 5 relationships, one story) is imported into the test server
 * first, then the window connects to it, filters, searches, finds a path and presents the story.
 */
class ServerExplorerWindowTest extends FxRobot {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    private static final Set<String> ALL_ENTITIES = Set.of("millers", "weavers", "dockers", "river-alliance", "ana",
            "strike-1993", "archive");

    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    private static final String RECENT_NODE = "org/solidarityatlas/test-recent-servers";

    @BeforeAll
    static void openWindowOnTheServer() throws Exception {
        System.setProperty("atlas.recentServers", RECENT_NODE);
        java.util.prefs.Preferences.userRoot().node(RECENT_NODE).removeNode();
        try (GraphStore store = SERVER.openStore()) {
            store.replaceDataset(new DatasetReader().read(ExplorerWindowTest.resource("ui/story/river-towns.json"))
                    .dataset().orElseThrow());
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = org.solidarityatlas.ui.app.ExplorerComposition.build(stage, new BackgroundTaskExecutor(),
                    new TimelineClock(), url -> { });
            model = window.model();
            stage.setFullScreen(false);
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(720);
            window.show(() -> BoltGraphStore.open(SERVER.connection(true)), Optional.empty());
        });
        ExplorerWindowTest.waitUntil(() -> model.graph().isPresent() && !model.busyProperty().get());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> window.close());
        java.util.prefs.Preferences.userRoot().node(RECENT_NODE).removeNode();
        System.clearProperty("atlas.recentServers");
    }

    /** File → Connect to server…, filled in with this password, and Connect pressed. */
    private void connectThroughTheMenu(String password) {
        clickOn("File").clickOn("Connect to server…");
        interact(() -> {
            lookup("#server-uri").queryTextInputControl().setText(SERVER.uri());
            lookup("#server-user").queryTextInputControl().setText(TestNeo4jServer.USER);
            lookup("#server-password").queryTextInputControl().setText(password);
        });
        // Never ticked unless the user ticks it.
        assertTrue(!((javafx.scene.control.CheckBox) lookup("#server-remember").query()).isSelected());
        clickOn("Connect");
    }

    @Test
    void withoutAKeyringTheRememberBoxIsDisabledAndSaysWhy() {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();
        interact(() -> copy(ConnectToServer.rememberBox(new RememberedPasswordsTest.NoKeyring()), box));
        assertTrue(box.isDisable());
        assertTrue(!box.isSelected());
        assertEquals("no keyring in this test", box.getTooltip().getText());
    }

    @Test
    void withAKeyringTheRememberBoxIsOfferedUnticked() {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();
        interact(() -> copy(ConnectToServer.rememberBox(new RememberedPasswordsTest.MemoryKeyring()), box));
        assertTrue(!box.isDisable());
        assertTrue(!box.isSelected());
    }

    private static void copy(javafx.scene.control.CheckBox made, javafx.scene.control.CheckBox into) {
        into.setDisable(made.isDisable());
        into.setSelected(made.isSelected());
        into.setTooltip(made.getTooltip());
    }

    @Test
    void connectingWithAWrongPasswordSaysSoOffersRetryAndKeepsTheDataset() throws TimeoutException {
        connectThroughTheMenu("wrong");
        ExplorerWindowTest.waitUntil(() -> lookup("#connect-failure").tryQuery().isPresent());

        String message = ((javafx.scene.control.DialogPane) lookup("#connect-failure").query()).getContentText();
        assertTrue(message.contains("wrong user name or password"), message);
        assertTrue(lookup("Retry").tryQuery().isPresent());
        clickOn("Cancel");
        assertEquals("River towns", model.titleProperty().get());
        assertEquals(ALL_ENTITIES, window.network().visibleEntityIds());
    }

    @Test
    void connectingThroughTheMenuShowsTheServersDatasetAndRemembersTheServerWithoutItsPassword()
            throws TimeoutException {
        connectThroughTheMenu(TestNeo4jServer.PASSWORD);
        ExplorerWindowTest.waitUntil(() -> !new RecentServers().list().isEmpty() && !model.busyProperty().get());

        assertEquals(List.of(new RecentServers.Server(SERVER.uri(), TestNeo4jServer.USER, "neo4j")),
                new RecentServers().list());
        assertEquals("River towns", model.titleProperty().get());
        for (String key : assertDoesNotThrowKeys()) {
            assertTrue(!java.util.prefs.Preferences.userRoot().node(RECENT_NODE).get(key, "")
                    .contains(TestNeo4jServer.PASSWORD), key);
        }
    }

    private static String[] assertDoesNotThrowKeys() {
        try {
            return java.util.prefs.Preferences.userRoot().node(RECENT_NODE).keys();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new AssertionError(e);
        }
    }

    @BeforeEach
    void everythingShownNothingSelected() {
        interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != window.scene().getWindow()).forEach(Window::hide));
        interact(() -> {
            model.filters().load(model.graph().get());
            model.selection().clear();
            lookup("#search").queryTextInputControl().clear();
        });
    }

    @Test
    void windowShowsTheServersDataset() {
        assertEquals("River towns", model.titleProperty().get());
        assertEquals(ALL_ENTITIES, window.network().visibleEntityIds());
    }

    @Test
    void uncheckingUnionsHidesThem() {
        clickOn("#type-union");

        Set<String> expected = new HashSet<>(ALL_ENTITIES);
        expected.removeAll(Set.of("millers", "weavers", "dockers"));
        assertEquals(expected, window.network().visibleEntityIds());
    }

    @Test
    void searchRunsOnTheServerAndSelectsTheEntity() throws TimeoutException {
        clickOn("#search");
        write("weaver");
        ExplorerWindowTest.waitUntil(() -> !model.selection().suggestions().isEmpty());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("weavers", model.selection().selectedEntity().orElseThrow().id());
    }

    @Test
    void shortestPathComesFromTheServer() throws TimeoutException {
        interact(() -> model.selection().selectEntity("ana"));
        clickOn("#path");
        interact(() -> model.selection().selectEntity("millers"));
        ExplorerWindowTest.waitUntil(() -> model.selection().path().isPresent());

        assertEquals(List.of("ana", "weavers", "river-alliance", "millers"),
                model.selection().path().get().entities().stream().map(Entity::id).toList());
    }

    @Test
    void f5PresentsTheStoredStory() throws TimeoutException {
        clickOn(window.network().node());
        type(KeyCode.F5);
        ExplorerWindowTest.waitUntil(() -> Window.getWindows().size() > 1);
        assertTrue(Window.getWindows().size() > 1);
        type(KeyCode.ESCAPE);
        ExplorerWindowTest.waitUntil(() -> Window.getWindows().size() == 1);
    }
}

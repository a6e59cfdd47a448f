package org.solidarityatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.Resources;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.testfx.api.FxRobot;

/** Connecting two entities with "Connect to…", and deleting entities and relationships, each undone and redone. */
class ConnectEditingTest extends FxRobot {

    private static final RecordingDialogService dialogs = new RecordingDialogService();

    @RegisterExtension
    static final OpenExplorer explorer = OpenExplorer.onCopyOf(Resources.path("ui/editing/harbour-atlas.json"))
            .withDialogs(dialogs);

    private static ExplorerWindow window;
    private static ExplorerViewModel model;

    @BeforeAll
    static void findWindow() {
        window = explorer.window();
        model = explorer.model();
    }

    @BeforeEach
    void forgetDialogs() {
        dialogs.clear();
    }

    @AfterEach
    void leaveEditMode() {
        Fx.run(() -> lookup("#edit-toggle").queryAs(ToggleButton.class).setSelected(false));
    }

    private static List<String> relationshipIds() {
        return model.graph().orElseThrow().relationships().stream().map(Relationship::id).toList();
    }

    private static List<String> entityIds() {
        return model.graph().orElseThrow().entities().stream().map(e -> e.id()).toList();
    }

    private void undoKeys() {
        Fx.run(() -> window.network().node().requestFocus());
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private void redoKeys() {
        Fx.run(() -> window.network().node().requestFocus());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void connectToFindsTheOtherEntityByNameAndAddsTheRelationshipToTheNetwork() {
        Fx.run(() -> model.selection().selectEntity("weavers"));
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        Fx.waitUntil(() -> lookup("#connect-search").tryQuery().isPresent());
        Fx.run(() -> lookup("#connect-search").queryTextInputControl().setText("dock"));
        Fx.run(() -> lookup("#connect-type").queryAs(ComboBox.class).getEditor().setText("supports"));
        // Fired rather than clicked: the panel's layout moves while the timeline's selection lane takes room.
        Fx.run(() -> lookup("#connect-button").queryButton().fire());
        Fx.waitUntil(() -> relationshipIds().contains("weavers-supports-dockers")
                && window.network().visibleRelationshipIds().contains("weavers-supports-dockers"));
        Relationship added = model.graph().orElseThrow().relationship("weavers-supports-dockers").orElseThrow();
        assertEquals(List.of("weavers", "dockers", "supports"), List.of(added.from(), added.to(), added.type()));
        assertEquals("weavers-supports-dockers", model.selection().selectedRelationship().orElseThrow().id());
        assertTrue(Fx.call(() -> model.filters().relationshipType("supports").isPresent()));

        undoKeys();
        Fx.waitUntil(() -> !relationshipIds().contains("weavers-supports-dockers")
                && !window.network().visibleRelationshipIds().contains("weavers-supports-dockers"));
        redoKeys();
        Fx.waitUntil(() -> relationshipIds().contains("weavers-supports-dockers"));
        undoKeys();
        Fx.waitUntil(() -> !relationshipIds().contains("weavers-supports-dockers"));
    }

    @Test
    void aTypeThatIsNotSnakeCaseIsRefusedWithOneLine() {
        Fx.run(() -> model.selection().selectEntity("weavers"));
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        Fx.waitUntil(() -> lookup("#connect-search").tryQuery().isPresent());
        Fx.run(() -> lookup("#connect-search").queryTextInputControl().setText("council"));
        Fx.run(() -> lookup("#connect-type").queryAs(ComboBox.class).getEditor().setText("Works With"));
        clickOn("#connect-button");
        assertEquals("'type' 'Works With' must be snake_case (lower-case words joined by '_'), e.g. 'works_with'",
                Fx.call(() -> lookup("#edit-message").queryLabeled().getText()));
        assertEquals(List.of("w-council", "d-council", "mara-dockers", "d-strike"), relationshipIds());
    }

    @Test
    void deleteListsTheRelationshipsTakenAlongAndUndoBringsThemBack() {
        dialogs.answerConfirm(true);
        Fx.run(() -> {
            model.selection().selectEntity("dockers");
            window.network().node().requestFocus();
        });
        type(KeyCode.DELETE);

        Fx.waitUntil(() -> !entityIds().contains("dockers"));
        assertEquals(List.of("confirm | Delete Harbour Dockers Union? | Its 3 relationships go with it:"
                + "\n• Harbour Dockers Union member of Twin Ports Labour Council"
                + "\n• Mara Lindqvist leads Harbour Dockers Union"
                + "\n• Harbour Dockers Union organizes Harbour strike"
                + "\nUndo (Ctrl+Z) brings it back."), dialogs.calls().stream()
                        .map(c -> c.dialog() + " | " + c.text()).toList());
        assertEquals(List.of("w-council"), relationshipIds());
        Fx.waitUntil(() -> !window.network().heldEntityIds().contains("dockers"));

        undoKeys();
        Fx.waitUntil(() -> entityIds().contains("dockers")
                && window.network().heldEntityIds().contains("dockers"));
        assertEquals(List.of("w-council", "d-council", "mara-dockers", "d-strike"), relationshipIds());
        redoKeys();
        Fx.waitUntil(() -> !entityIds().contains("dockers"));
        undoKeys();
        Fx.waitUntil(() -> entityIds().contains("dockers"));
    }

    @Test
    void deleteThatIsNotConfirmedChangesNothing() {
        dialogs.answerConfirm(false);
        Fx.run(() -> {
            model.selection().selectEntity("strike");
            window.network().node().requestFocus();
        });
        type(KeyCode.DELETE);
        Fx.waitUntil(() -> !dialogs.texts("confirm").isEmpty());
        assertTrue(entityIds().contains("strike"));
    }

    @Test
    void aDeletedRelationshipLeavesItsEndsAndComesBackWithUndo() {
        Fx.run(() -> model.selection().selectRelationship("mara-dockers"));
        clickOn("#edit-toggle");
        clickOn("#edit-delete");
        Fx.waitUntil(() -> !relationshipIds().contains("mara-dockers"));
        assertTrue(entityIds().containsAll(List.of("mara", "dockers")));
        undoKeys();
        Fx.waitUntil(() -> relationshipIds().contains("mara-dockers"));
        redoKeys();
        Fx.waitUntil(() -> !relationshipIds().contains("mara-dockers"));
        undoKeys();
        Fx.waitUntil(() -> relationshipIds().contains("mara-dockers"));
    }
}

package org.solidarityatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.Resources;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.testfx.api.FxRobot;

/** Merging two entities that are the same: relationships and names move to the one kept; undo and redo. */
class MergeEditingTest extends FxRobot {

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

    private static Entity shown(String id) {
        return model.graph().orElseThrow().entity(id).orElseThrow();
    }

    private static List<String> endsOf(String relationshipId) {
        Relationship r = model.graph().orElseThrow().relationship(relationshipId).orElseThrow();
        return List.of(r.from(), r.to());
    }

    @Test
    void mergingMovesTheOthersRelationshipsAndNamesToTheOneKept() {
        dialogs.answerConfirm(true);
        Fx.run(() -> model.selection().selectEntity("weavers"));
        clickOn("Edit");
        clickOn("Merge with…");
        clickOn("#merge-search").write("HDU");
        clickOn("#merge-button");
        Fx.waitUntil(() -> model.graph().orElseThrow().entity("dockers").isEmpty());
        assertEquals(List.of("confirm | Merge Harbour Dockers Union into Riverside Weavers Union? | Harbour Dockers"
                + " Union goes; its 3 relationships, its name and aliases move to Riverside Weavers Union."),
                dialogs.calls().stream().map(c -> c.dialog() + " | " + c.text()).toList());
        Entity kept = shown("weavers");
        assertEquals(List.of("RWU", "Harbour Dockers Union", "HDU"), kept.aliases());
        assertEquals(List.of("NO", "SE"), kept.countries());
        assertEquals("Dockers of the made-up harbour.", kept.description());
        assertEquals(List.of("weavers", "council"), endsOf("d-council"));
        assertEquals(List.of("mara", "weavers"), endsOf("mara-dockers"));
        assertEquals(List.of("weavers", "strike"), endsOf("d-strike"));
        Fx.waitUntil(() -> !window.network().heldEntityIds().contains("dockers"));

        Fx.run(() -> window.network().node().requestFocus());
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Fx.waitUntil(() -> model.graph().orElseThrow().entity("dockers").isPresent());
        assertEquals(List.of("RWU"), shown("weavers").aliases());
        assertEquals(List.of("mara", "dockers"), endsOf("mara-dockers"));

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        Fx.waitUntil(() -> model.graph().orElseThrow().entity("dockers").isEmpty());
        assertEquals(List.of("mara", "weavers"), endsOf("mara-dockers"));
        assertFalse(model.graph().orElseThrow().entities().stream().anyMatch(e -> e.id().equals("dockers")));
    }
}

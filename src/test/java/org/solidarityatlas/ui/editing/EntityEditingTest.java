package org.solidarityatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.testing.OpenExplorer;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.Resources;
import org.solidarityatlas.ui.explorer.ExplorerViewModel;
import org.solidarityatlas.ui.explorer.ExplorerWindow;
import org.testfx.api.FxRobot;

/** Adding and editing an entity in the window, with live date checks, each undone and redone with the keys. */
class EntityEditingTest extends FxRobot {

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

    @AfterEach
    void leaveEditMode() {
        Fx.run(() -> lookup("#edit-toggle").queryAs(ToggleButton.class).setSelected(false));
    }

    private static java.util.Optional<Entity> shown(String id) {
        return model.graph().orElseThrow().entity(id);
    }

    private void undoKeys() {
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private void redoKeys() {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void focusNetwork() {
        Fx.run(() -> window.network().node().requestFocus());
    }

    @Test
    void nAddsAnEntityThatShowsInTheNetworkTheCountsAndTheSearchAndUndoRedoTakeItAndBringItBack() {
        dialogs.answerText("Cannery Workers Guild");
        focusNetwork();
        type(KeyCode.N);

        Fx.waitUntil(() -> shown("cannery-workers-guild").isPresent()
                && window.network().heldEntityIds().contains("cannery-workers-guild"));
        assertEquals(EntityType.ORGANIZATION, shown("cannery-workers-guild").get().type());
        assertEquals("Cannery Workers Guild", model.selection().selectedEntity().orElseThrow().name());
        assertEquals(1, Fx.call(() -> model.filters().entityType(EntityType.ORGANIZATION).orElseThrow().total()));
        assertTrue(model.filters().statusLine().startsWith("6 of 6 entities"), model.filters().statusLine());
        Fx.run(() -> model.selection().suggest("cannery"));
        Fx.waitUntil(() -> model.selection().suggestions().stream()
                .anyMatch(hit -> hit.entity().id().equals("cannery-workers-guild")));

        focusNetwork();
        undoKeys();
        Fx.waitUntil(() -> shown("cannery-workers-guild").isEmpty()
                && !window.network().heldEntityIds().contains("cannery-workers-guild"));
        assertTrue(model.filters().statusLine().startsWith("5 of 5 entities"), model.filters().statusLine());

        redoKeys();
        Fx.waitUntil(() -> shown("cannery-workers-guild").isPresent());
        undoKeys();
        Fx.waitUntil(() -> shown("cannery-workers-guild").isEmpty());
    }

    @Test
    void theEditModeChangesEveryFieldAsOneEditThatUndoRestores() {
        Fx.run(() -> model.selection().selectEntity("weavers"));
        clickOn("#edit-toggle");
        replaceText("#edit-name", "Riverside Textile Workers");
        replaceText("#edit-aliases", "RTW; Weavers");
        replaceText("#edit-countries", "no; dk");
        replaceText("#edit-start", "1991-04");
        replaceText("#edit-end", "2004");
        replaceText("#edit-description", "Textile workers of the river towns.");
        replaceText("#edit-tags", "textile");
        clickOn("#edit-apply");

        Fx.waitUntil(() -> shown("weavers").map(Entity::name).orElse("").equals("Riverside Textile Workers"));
        Entity edited = shown("weavers").orElseThrow();
        assertEquals(java.util.List.of("RTW", "Weavers"), edited.aliases());
        assertEquals(java.util.List.of("NO", "DK"), edited.countries());
        assertEquals(new PartialDate(1991, 4, 0), edited.start());
        assertEquals(new PartialDate(2004, 0, 0), edited.end());
        assertEquals("Textile workers of the river towns.", edited.description());
        assertEquals(java.util.List.of("minutes"), edited.sources());
        assertEquals(java.util.List.of("textile"), edited.tags());
        assertEquals("Riverside Textile Workers", Fx.call(() -> model.details().titleProperty().get()));

        focusNetwork();
        undoKeys();
        Fx.waitUntil(() -> shown("weavers").map(Entity::name).orElse("").equals("Riverside Weavers Union"));
        redoKeys();
        Fx.waitUntil(() -> shown("weavers").map(Entity::name).orElse("").equals("Riverside Textile Workers"));
        undoKeys();
        Fx.waitUntil(() -> shown("weavers").map(Entity::name).orElse("").equals("Riverside Weavers Union"));
    }

    @Test
    void datesAreCheckedAsTypedAndAnInvalidOneCannotBeApplied() {
        Fx.run(() -> model.selection().selectEntity("dockers"));
        clickOn("#edit-toggle");

        replaceText("#edit-start", "");
        clickOn("#edit-start").write("1994-13");
        assertEquals("'start' '1994-13' is not a real date (no such month or day)", text("#edit-start-problem"));
        assertTrue(lookup("#edit-apply").queryAs(Button.class).isDisabled());

        replaceText("#edit-start", "spring 1994");
        assertEquals("'start' 'spring 1994' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1994, 1994-01"
                + " or 1994-01-01", text("#edit-start-problem"));

        replaceText("#edit-start", "1994");
        replaceText("#edit-end", "1990");
        assertEquals("", text("#edit-start-problem"));
        assertEquals("'end' 1990 is before 'start' 1994", text("#edit-end-problem"));
        assertTrue(lookup("#edit-apply").queryAs(Button.class).isDisabled());

        replaceText("#edit-end", "");
        assertEquals("", text("#edit-end-problem"));
        assertFalse(lookup("#edit-apply").queryAs(Button.class).isDisabled());
        assertEquals(new PartialDate(1985, 0, 0), shown("dockers").orElseThrow().start());
    }

    @Test
    void anEmptyNameIsShownAndCannotBeApplied() {
        Fx.run(() -> model.selection().selectEntity("mara"));
        clickOn("#edit-toggle");
        replaceText("#edit-name", "   ");
        assertEquals("The name cannot be empty.", text("#edit-name-problem"));
        assertTrue(lookup("#edit-apply").queryAs(Button.class).isDisabled());
        assertEquals("Mara Lindqvist", shown("mara").orElseThrow().name());
    }

    private void replaceText(String query, String text) {
        Fx.run(() -> {
            var field = lookup(query).queryAs(javafx.scene.control.TextInputControl.class);
            field.setText(text);
        });
    }

    private String text(String query) {
        return Fx.call(() -> lookup(query).queryAs(Label.class).getText());
    }
}

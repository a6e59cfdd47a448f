package org.solidarityatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.testing.FakeGraphStore;
import org.solidarityatlas.ui.stories.EditHistory;
import org.solidarityatlas.ui.stories.StoryDocument;
import org.solidarityatlas.testing.Fx;
import org.solidarityatlas.ui.text.Texts;
import org.testfx.api.FxToolkit;

/** Each edit of entities and relationships, executed, undone and redone, in the document and in the store. */
class DatasetEditsTest {

    private static final Dataset MADE_UP = new Dataset("Made-up alliance", null, "en",
            List.of(new Source("leaflet", "A leaflet", null, null, null, null, null)),
            List.of(entity("alpha", EntityType.UNION, "Alpha Union", List.of("AU")),
                    entity("beta", EntityType.ALLIANCE, "Beta Alliance", List.of()),
                    entity("gamma", EntityType.CAMPAIGN, "Gamma Campaign", List.of("GC"))),
            List.of(new Relationship("r1", true, "member_of", "alpha", "beta", null, null, null, null, List.of()),
                    new Relationship("r2", true, "supports", "gamma", "beta", null, null, null, null, List.of()),
                    new Relationship("r3", true, "partner_of", "alpha", "gamma", null, null, null, null, List.of())),
            List.of(new Story("s", "A story", null, List.of(new StoryStep("On gamma", null, null, null, null,
                    List.of("gamma"), Optional.empty(), Optional.empty(), Optional.empty())))));

    private final FakeGraphStore store = new FakeGraphStore(MADE_UP);
    private final StoryDocument document = new StoryDocument(MADE_UP, Optional.empty());
    private final EditHistory history = new EditHistory();
    private final DatasetEdits edits = new DatasetEdits(document, store::applyEdit);

    private static Entity entity(String id, EntityType type, String name, List<String> aliases) {
        return new Entity(id, type, name, aliases, List.of(), null, null, null, List.of(), List.of());
    }

    private List<String> entityIds() {
        return document.dataset().entities().stream().map(Entity::id).toList();
    }

    private List<String> relationshipIds() {
        return document.dataset().relationships().stream().map(Relationship::id).toList();
    }

    private List<String> storedEntityIds() {
        return store.dataset().orElseThrow().entities().stream().map(Entity::id).toList();
    }

    private List<String> storedRelationshipIds() {
        return store.dataset().orElseThrow().relationships().stream().map(Relationship::id).toList();
    }

    @Test
    void addingAnEntityMakesItsIdFromItsNameAndUndoTakesItAway() {
        history.run(edits.addEntity(EntityType.PERSON, "  Zoë Ávila "));
        assertEquals(List.of("alpha", "beta", "gamma", "zoe-avila"), entityIds());
        assertEquals("Zoë Ávila", document.dataset().entities().get(3).name());
        assertEquals(List.of("alpha", "beta", "gamma", "zoe-avila"), storedEntityIds());

        history.undo();
        assertSame(MADE_UP, document.dataset());
        assertEquals(List.of("alpha", "beta", "gamma"), storedEntityIds());

        history.redo();
        assertEquals(List.of("alpha", "beta", "gamma", "zoe-avila"), entityIds());
        assertEquals(List.of("alpha", "beta", "gamma", "zoe-avila"), storedEntityIds());
    }

    @Test
    void anEntityWithAnEmptyNameIsRefused() {
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> edits.addEntity(EntityType.PERSON, "   "));
        assertEquals("The name cannot be empty.", refused.getMessage());
        assertSame(MADE_UP, document.dataset());
    }

    @Test
    void editingEveryFieldReplacesTheEntityInPlaceAndUndoRestoresIt() {
        Entity edited = new Entity("beta", EntityType.ORGANIZATION, "Beta Network", List.of("BN", " "),
                List.of("MX", "US"), PartialDate.parse("1992-03").orElseThrow(), PartialDate.parse("2001").orElseThrow(),
                "A network.", List.of("leaflet", "new-book"), List.of("textile"));
        Source book = new Source("new-book", "A new book", null, null, null, null, null);

        history.run(edits.editEntity(edited, List.of(book)));
        Entity now = document.dataset().entities().get(1);
        assertEquals(new Entity("beta", EntityType.ORGANIZATION, "Beta Network", List.of("BN"), List.of("MX", "US"),
                new PartialDate(1992, 3, 0), new PartialDate(2001, 0, 0), "A network.",
                List.of("leaflet", "new-book"), List.of("textile")), now);
        assertEquals(List.of("leaflet", "new-book"), document.dataset().sources().stream().map(Source::id).toList());
        assertEquals("Beta Network", store.dataset().orElseThrow().entities().get(1).name());

        history.undo();
        assertEquals("Beta Alliance", document.dataset().entities().get(1).name());
        assertEquals(List.of("leaflet"), document.dataset().sources().stream().map(Source::id).toList());
        assertEquals("Beta Alliance", store.dataset().orElseThrow().entities().get(1).name());
        assertEquals(1, store.dataset().orElseThrow().sources().size());

        history.redo();
        assertEquals("Beta Network", document.dataset().entities().get(1).name());
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithTheValidatorsMessage() {
        Entity edited = new Entity("beta", EntityType.ALLIANCE, "Beta Alliance", List.of(), List.of(),
                new PartialDate(2000, 0, 0), new PartialDate(1999, 5, 0), null, List.of(), List.of());
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> edits.editEntity(edited, List.of()));
        assertEquals("'end' 1999-05 is before 'start' 2000", refused.getMessage());
    }

    @Test
    void connectingAddsARelationshipThatUndoRemoves() {
        history.run(edits.connect("beta", "gamma", "funds"));
        assertEquals(List.of("r1", "r2", "r3", "beta-funds-gamma"), relationshipIds());
        assertEquals(List.of("r1", "r2", "r3", "beta-funds-gamma"), storedRelationshipIds());

        history.undo();
        assertEquals(List.of("r1", "r2", "r3"), relationshipIds());
        assertEquals(List.of("r1", "r2", "r3"), storedRelationshipIds());

        history.redo();
        assertEquals(List.of("r1", "r2", "r3", "beta-funds-gamma"), storedRelationshipIds());
    }

    @Test
    void aTypeThatIsNotSnakeCaseIsRefused() {
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> edits.connect("beta", "gamma", "Funds Money"));
        assertEquals("'type' 'Funds Money' must be snake_case (lower-case words joined by '_'), e.g. 'funds_money'",
                refused.getMessage());
    }

    @Test
    void deletingAnEntityTakesItsRelationshipsAndStoryFocusAlongAndUndoBringsThemBack() {
        assertEquals(List.of("r2", "r3"), edits.relationshipsOf("gamma").stream().map(Relationship::id).toList());

        history.run(edits.deleteEntity("gamma"));
        assertEquals(List.of("alpha", "beta"), entityIds());
        assertEquals(List.of("r1"), relationshipIds());
        assertEquals(List.of(), document.dataset().stories().get(0).steps().get(0).focus());
        assertEquals(List.of("alpha", "beta"), storedEntityIds());
        assertEquals(List.of("r1"), storedRelationshipIds());

        history.undo();
        assertSame(MADE_UP, document.dataset());
        assertEquals(List.of("alpha", "beta", "gamma"), storedEntityIds());
        assertEquals(3, storedRelationshipIds().size());

        history.redo();
        assertEquals(List.of("r1"), relationshipIds());
    }

    @Test
    void deletingARelationshipKeepsItsEnds() {
        history.run(edits.deleteRelationship("r2"));
        assertEquals(List.of("r1", "r3"), relationshipIds());
        assertEquals(List.of("alpha", "beta", "gamma"), entityIds());
        history.undo();
        assertEquals(List.of("r1", "r2", "r3"), relationshipIds());
        assertEquals(List.of("r1", "r2", "r3"), storedRelationshipIds().stream().sorted().toList());
    }

    @Test
    void mergingMovesRelationshipsAndAliasesToTheEntityKept() {
        history.run(edits.merge("alpha", "gamma"));

        assertEquals(List.of("alpha", "beta"), entityIds());
        Entity kept = document.dataset().entities().get(0);
        assertEquals(List.of("AU", "Gamma Campaign", "GC"), kept.aliases());
        // r2 (gamma supports beta) now starts at alpha; r3 (alpha partner of gamma) would join alpha to itself.
        assertEquals(List.of("r1", "r2"), relationshipIds());
        assertEquals("alpha", document.dataset().relationships().get(1).from());
        assertEquals(List.of("alpha"), document.dataset().stories().get(0).steps().get(0).focus());
        assertEquals(List.of("alpha", "beta"), storedEntityIds());
        assertEquals("alpha", store.dataset().orElseThrow().relationships().stream()
                .filter(r -> r.id().equals("r2")).findFirst().orElseThrow().from());

        history.undo();
        assertSame(MADE_UP, document.dataset());
        assertEquals("gamma", store.dataset().orElseThrow().relationships().stream()
                .filter(r -> r.id().equals("r2")).findFirst().orElseThrow().from());

        history.redo();
        assertEquals(List.of("AU", "Gamma Campaign", "GC"), document.dataset().entities().get(0).aliases());
    }

    @Test
    void undoNamesTheEditInTheLanguageChosenSinceItWasMade() throws Exception {
        history.run(edits.connect("alpha", "gamma", "supports"));
        // The language is switched where the window switches it: open windows' texts follow it on that thread.
        FxToolkit.registerPrimaryStage();
        try {
            Fx.run(() -> Texts.choose(Texts.SPANISH));
            assertEquals("Deshacer: conectar Alpha Union con Gamma Campaign", history.undoText());
            history.undo();
            assertEquals("Rehacer: conectar Alpha Union con Gamma Campaign", history.redoText());
        } finally {
            Fx.run(() -> Texts.choose(Texts.ENGLISH));
        }
        assertEquals("Redo connect Alpha Union to Gamma Campaign", history.redoText());
    }

    @Test
    void editsAndStoryEditsShareOneHistory() {
        history.run(edits.addEntity(EntityType.EVENT, "A strike"));
        history.run(edits.connect("alpha", "a-strike", "organised"));
        assertTrue(history.modifiedProperty().get());
        assertEquals("Undo connect Alpha Union to A strike", history.undoText());
        history.undo();
        assertEquals("Undo add A strike", history.undoText());
        history.undo();
        assertSame(MADE_UP, document.dataset());
    }
}

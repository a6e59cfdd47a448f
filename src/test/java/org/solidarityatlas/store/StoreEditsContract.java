package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;

/**
 * Edits made in the window reach the store as small changes, read back and searched like an import: the contract
 * both stores keep (the embedded one in {@link StoreEditsTest}, a server over Bolt in {@link BoltStoreEditsTest}).
 */
abstract class StoreEditsContract {

    private static final Entity ALPHA = new Entity("alpha", EntityType.UNION, "Alpha Union", List.of(), List.of(),
            null, null, null, List.of(), List.of());
    private static final Entity BETA = new Entity("beta", EntityType.ALLIANCE, "Beta Alliance", List.of(), List.of(),
            null, null, null, List.of(), List.of());
    private static final Relationship MEMBER = new Relationship("r1", true, "member_of", "alpha", "beta", null, null,
            null, null, List.of());
    private static final Dataset MADE_UP = new Dataset("Made up", null, "en", List.of(), List.of(ALPHA, BETA),
            List.of(MEMBER), List.of());

    abstract GraphStore store();

    @BeforeEach
    void startFromTheMadeUpDataset() {
        store().replaceDataset(MADE_UP);
    }

    private static GraphEdit put(List<Entity> entities, List<Relationship> relationships) {
        return new GraphEdit(List.of(), entities, relationships, List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void anAddedEntityIsStoredAndFoundBySearch() {
        Entity strike = new Entity("strike", EntityType.EVENT, "Zacatecas strike", List.of("huelga"), List.of("MX"),
                new PartialDate(1994, 0, 0), null, "A strike.", List.of("s1"), List.of("mining"));
        Source source = new Source("s1", "A report", null, null, null, "https://example.org", null);
        store().applyEdit(new GraphEdit(List.of(source), List.of(strike), List.of(), List.of(), List.of(),
                List.of(), Map.of("strike", 2, "s1", 0)));

        Dataset stored = store().dataset().orElseThrow();
        assertEquals(List.of(ALPHA, BETA, strike), stored.entities());
        assertEquals(List.of(source), stored.sources());
        assertEquals("strike", store().search("zacatecas", 5).get(0).entity().id());
    }

    @Test
    void aChangedTypeChangesTheEntitysLabel() {
        Entity renamed = new Entity("beta", EntityType.CAMPAIGN, "Beta Campaign", List.of(), List.of(), null, null,
                null, List.of(), List.of());
        store().applyEdit(put(List.of(renamed), List.of()));

        assertEquals(List.of(ALPHA, renamed), store().dataset().orElseThrow().entities());
        assertEquals(1L, store().readOnlyQuery("MATCH (n:Campaign) RETURN count(n) AS c").rows().get(0).get(0));
        assertEquals(0L, store().readOnlyQuery("MATCH (n:Alliance) RETURN count(n) AS c").rows().get(0).get(0));
    }

    @Test
    void aRelationshipMovedToOtherEndsIsStoredBetweenThem() {
        Entity gamma = new Entity("gamma", EntityType.PERSON, "Gamma", List.of(), List.of(), null, null, null,
                List.of(), List.of());
        Relationship moved = new Relationship("r1", true, "member_of", "gamma", "beta", null, null, null, null,
                List.of());
        store().applyEdit(new GraphEdit(List.of(), List.of(gamma), List.of(moved), List.of(MEMBER),
                List.of("alpha"), List.of(), Map.of("gamma", 2, "r1", 0)));

        Dataset stored = store().dataset().orElseThrow();
        assertEquals(List.of(BETA, gamma), stored.entities());
        assertEquals(List.of(moved), stored.relationships());
    }

    @Test
    void removingAnEntityRemovesItsRelationships() {
        store().applyEdit(new GraphEdit(List.of(), List.of(), List.of(), List.of(), List.of("beta"), List.of(),
                Map.of()));
        Dataset stored = store().dataset().orElseThrow();
        assertEquals(List.of(ALPHA), stored.entities());
        assertTrue(stored.relationships().isEmpty());
    }

    @Test
    void aRelationshipToAnEntityNotStoredIsRefusedAndChangesNothing() {
        Relationship dangling = new Relationship("r2", true, "member_of", "alpha", "nobody", null, null, null, null,
                List.of());
        Entity renamed = new Entity("alpha", EntityType.UNION, "Renamed", List.of(), List.of(), null, null, null,
                List.of(), List.of());
        StoreException refused = assertThrows(StoreException.class,
                () -> store().applyEdit(put(List.of(renamed), List.of(dangling))));
        assertEquals("cannot store relationship \"r2\": no entity \"nobody\"", refused.getMessage());
        assertEquals(MADE_UP.entities(), store().dataset().orElseThrow().entities());
    }
}

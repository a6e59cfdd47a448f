package org.solidarityatlas.store;

import org.solidarityatlas.testing.Neo4jStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.SearchHit;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.Translation;
import org.solidarityatlas.model.Translations;

/** A dataset in two languages kept by the store: given back whole, and found by its names in either language. */
class StoredTranslationsTest {

    @RegisterExtension
    static final Neo4jStore neo4j = Neo4jStore.holding(bilingual());

    private static Neo4jGraphStore store;

    @BeforeAll
    static void storeOfTheClass() {
        store = neo4j.store();
    }

    private static Translations spanish(Map<String, String> texts, List<String> aliases) {
        return new Translations(Map.of("es", new Translation(texts, aliases)));
    }

    static Dataset bilingual() {
        Translations knightsInSpanish = spanish(
                Map.of("name", "Caballeros del Trabajo", "description", "Federación temprana de trabajadores."),
                List.of("Noble Orden"));
        Translations knightsInFrench = new Translations(Map.of("fr", new Translation(Map.of("name",
                "Chevaliers du travail"), List.of())));
        Map<String, Translation> twoLanguages = new java.util.LinkedHashMap<>(knightsInSpanish.byLanguage());
        twoLanguages.putAll(knightsInFrench.byLanguage());
        Entity knights = new Entity("knights", EntityType.UNION, "Knights of Labor", List.of("KoL"), List.of("US"),
                PartialDate.parse("1869").orElseThrow(), null, "An early federation of working people.", List.of(),
                List.of(), new Translations(twoLanguages));
        Entity miners = new Entity("miners", EntityType.UNION, "Sindicato Minero del Norte", List.of(), List.of("MX"),
                null, null, null, List.of(), List.of(), new Translations(Map.of("en",
                        new Translation(Map.of("name", "Northern Miners' Union"), List.of()))));
        Relationship letters = new Relationship("letters", true, "partner_of", "knights", "miners", "ally", null, null,
                "They traded letters.", List.of(), spanish(Map.of("role", "aliado", "description",
                        "Se escribían cartas."), List.of()));
        Source pamphlet = new Source("pamphlet", "A pamphlet", null, null, null, null, "Found in a hall.",
                spanish(Map.of("title", "Un folleto", "note", "Hallado en un local."), List.of()));
        StoryStep step = new StoryStep("The letters", "They wrote.", "Ask.", null, null, List.of("knights"),
                Optional.empty(), Optional.empty(), Optional.empty(),
                spanish(Map.of("title", "Las cartas", "text", "Se escribieron.", "notes", "Pregunte."), List.of()));
        Story story = new Story("letters", "Letters", null, List.of(step),
                spanish(Map.of("title", "Cartas"), List.of()));
        return new Dataset("Knights and miners", "Made up for tests.", "en", List.of(pamphlet),
                List.of(knights, miners), List.of(letters), List.of(story),
                spanish(Map.of("title", "Caballeros y mineros"), List.of()));
    }

    private static List<String> found(String text) {
        return store.search(text, 5).stream().map(SearchHit::entity).map(Entity::id).toList();
    }

    /** Search matches any word, best first: the entity meant must come first. */
    private static String best(String text) {
        return found(text).get(0);
    }

    @Test
    void everyTranslationComesBackFromTheStore() {
        assertEquals(Optional.of(bilingual()), store.dataset());
    }

    @Test
    void translationLanguagesComeBackInTheirOrder() {
        Entity knights = store.dataset().orElseThrow().entity("knights").orElseThrow();
        assertEquals(List.of("es", "fr"), List.copyOf(knights.translations().languages()));
    }

    @Test
    void searchFindsAnEntityByItsTranslatedName() {
        assertEquals("knights", best("Caballeros del Trabajo"));
        assertEquals("knights", best("Knights of Labor"));
    }

    @Test
    void searchFindsAnEntityByATranslatedAliasIgnoringAccents() {
        assertEquals("knights", best("noble orden"));
        assertEquals(List.of("knights"), found("chevaliers"));
    }

    @Test
    void searchedEntitiesCarryTheirTranslations() {
        Entity miners = store.search("northern miners", 5).get(0).entity();
        assertEquals(Optional.of("Northern Miners' Union"), miners.translations().text("en", "name"));
    }

    @Test
    void translatedFieldsAreQueryableAsNameAtLanguageProperties() {
        QueryResult result = store.readOnlyQuery("MATCH (n:Entity {id: 'knights'}) RETURN n.`name@es` AS name");
        assertEquals(List.of(List.of("Caballeros del Trabajo")), result.rows());
        assertTrue(found("Trabajo").contains("knights"));
    }
}

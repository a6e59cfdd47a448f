package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void punctuationSeparatesWordsButApostrophesAndDotsInsideWordsStay() {
        assertEquals(List.of("ue", "fat", "o'brien", "u.s", "member_of"),
                SearchText.words("UE-FAT (O'Brien), U.S. member_of!"));
    }

    @Test
    void operatorsAreLowerCasedIntoPlainWords() {
        assertEquals(List.of("and", "or", "not"), SearchText.words("AND OR NOT"));
    }

    @Test
    void foldingRemovesAccentsAndSpellsOutSpecialLetters() {
        assertEquals("autentico strasse aero lodz", SearchText.fold("auténtico straße ærø łódź"));
    }

    @Test
    void escapingProtectsEveryLuceneSpecialCharacter() {
        assertEquals("a\\+b\\-c\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\\"\\~\\*\\?\\:\\\\\\/",
                SearchText.escape("a+b-c&|!(){}[]^\"~*?:\\/"));
    }

    @Test
    void eachWordMatchesWholeOrAsAPrefix() {
        assertEquals("(autént^4 OR name:autent*^3 OR aliases:autent*^2 OR translatedNames:autent*^2"
                + " OR description:autent*)",
                SearchText.luceneQuery("Autént"));
    }

    @Test
    void textWithoutWordsGivesNoQuery() {
        assertEquals("", SearchText.luceneQuery(" -- ?! "));
    }

    private static org.solidarityatlas.model.SearchHit hit(String name, List<String> aliases, double score) {
        return new org.solidarityatlas.model.SearchHit(new org.solidarityatlas.model.Entity(
                name.toLowerCase().replaceAll("[^a-z]", ""), org.solidarityatlas.model.EntityType.ORGANIZATION,
                name, aliases, List.of(), null, null, null, List.of(), List.of()), score);
    }

    private static List<String> rankedNames(String typed, org.solidarityatlas.model.SearchHit... hits) {
        return SearchText.ranked(typed, List.of(hits)).stream().map(h -> h.entity().name()).toList();
    }

    @Test
    void aNameThatStartsWithTheTypedWordsRanksAboveOneThatMentionsThemWithAHigherScore() {
        assertEquals(List.of("General Electric Company", "Compañía Armadora (General Electric, Ciudad Juárez)"),
                rankedNames("General Electric",
                        hit("Compañía Armadora (General Electric, Ciudad Juárez)", List.of(), 9.0),
                        hit("General Electric Company", List.of(), 4.0)));
    }

    @Test
    void anExactAliasRanksFirst() {
        assertEquals(List.of("Frente Auténtico del Trabajo", "FAT workers' archive", "Union of the FAT"),
                rankedNames("fat",
                        hit("Union of the FAT", List.of(), 8.0),
                        hit("FAT workers' archive", List.of(), 2.0),
                        hit("Frente Auténtico del Trabajo", List.of("FAT"), 1.0)));
    }

    @Test
    void anExactNameIgnoringAccentsAndCaseRanksAboveALongerOneStartingTheSame() {
        assertEquals(List.of("Frente Auténtico", "Frente Auténtico del Trabajo"),
                rankedNames("frente autentico",
                        hit("Frente Auténtico del Trabajo", List.of(), 5.0),
                        hit("Frente Auténtico", List.of(), 1.0)));
    }

    @Test
    void withoutANameMatchTheScoreDecides() {
        assertEquals(List.of("B", "A"), rankedNames("strike", hit("A", List.of(), 1.0), hit("B", List.of(), 3.0)));
    }
}

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
}

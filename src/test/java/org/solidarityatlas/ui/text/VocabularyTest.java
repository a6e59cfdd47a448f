package org.solidarityatlas.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

/** Entity types and the core relationship verbs in both languages; verbs outside the core as written. */
class VocabularyTest {


    @Test
    void coreRelationshipVerbsHaveSpanishLabels() {
        assertEquals("miembro de", Vocabulary.relationship("member_of", Texts.SPANISH));
        assertEquals("dirige", Vocabulary.relationship("leads", Texts.SPANISH));
        assertEquals("member of", Vocabulary.relationship("member_of", Texts.ENGLISH));
    }

    @Test
    void aVerbOutsideTheCoreShowsAsWrittenInEitherLanguage() {
        assertEquals("mill rivalry", Vocabulary.relationship("mill_rivalry", Texts.SPANISH));
        assertEquals("mill rivalry", Vocabulary.relationship("mill_rivalry", Texts.ENGLISH));
    }

    @Test
    void entityTypesHaveLabelsInBothLanguages() {
        assertEquals("Union", Vocabulary.of(EntityType.UNION, Texts.ENGLISH));
        assertEquals("Sindicato", Vocabulary.of(EntityType.UNION, Texts.SPANISH));
        assertEquals("Alianza", Vocabulary.of(EntityType.ALLIANCE, Texts.SPANISH));
    }

    @Test
    void aSpanishSystemLocaleOfAnyCountryChoosesSpanish() {
        assertEquals(Texts.SPANISH, Texts.supported(java.util.Locale.forLanguageTag("es-MX")));
        assertEquals(Texts.ENGLISH, Texts.supported(java.util.Locale.forLanguageTag("fr-FR")));
    }
}

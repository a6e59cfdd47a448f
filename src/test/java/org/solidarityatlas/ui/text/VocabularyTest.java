package org.solidarityatlas.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

/** Entity types and the core relationship verbs in both languages; verbs outside the core as written. */
class VocabularyTest {

    @AfterEach
    void backToEnglish() {
        Texts.localeProperty().set(Texts.ENGLISH);
    }

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
    void entityTypesFollowTheChosenLanguage() {
        assertEquals("Union", Vocabulary.of(EntityType.UNION));
        Texts.localeProperty().set(Texts.SPANISH);
        assertEquals("Sindicato", Vocabulary.of(EntityType.UNION));
        assertEquals("Alianza", Vocabulary.of(EntityType.ALLIANCE));
    }

    @Test
    void aSpanishSystemLocaleOfAnyCountryChoosesSpanish() {
        assertEquals(Texts.SPANISH, Texts.supported(java.util.Locale.forLanguageTag("es-MX")));
        assertEquals(Texts.ENGLISH, Texts.supported(java.util.Locale.forLanguageTag("fr-FR")));
    }
}

package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.Fixtures.assertError;
import static org.solidarityatlas.format.Fixtures.assertWarning;
import static org.solidarityatlas.format.Fixtures.onlyError;
import static org.solidarityatlas.format.Fixtures.onlyProblem;
import static org.solidarityatlas.format.Fixtures.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.model.Translation;
import org.solidarityatlas.model.Translations;

/** The optional {@code translations} objects: what is read, what is refused and where, and what is written back. */
class TranslationsTest {

    private static Dataset translated() {
        ReadResult result = read("translated-dataset.json");
        assertEquals(List.of(), result.problems());
        return result.dataset().orElseThrow();
    }

    @Test
    void entityTranslationsHoldNameAliasesAndDescriptionPerLanguage() {
        Entity knights = translated().entity("knights").orElseThrow();
        assertEquals(Optional.of("Caballeros del Trabajo"), knights.translations().text("es", "name"));
        assertEquals(List.of("Noble Orden"), knights.translations().aliases("es"));
        assertEquals(Optional.of("Una de las primeras federaciones de trabajadores."),
                knights.translations().text("es", "description"));
        assertEquals("Knights of Labor", knights.name(), "the base name stays in the dataset's language");
    }

    @Test
    void datasetTranslationsKeepTheLanguagesInFileOrder() {
        Translations translations = translated().translations();
        assertEquals(List.of("es", "fr-CA"), List.copyOf(translations.languages()));
        assertEquals(Optional.of("Chevaliers et mineurs"), translations.text("fr-CA", "title"));
        assertEquals(Optional.empty(), translations.text("fr-CA", "description"));
    }

    @Test
    void sourceRelationshipStoryAndStepTranslationsAreRead() {
        Dataset dataset = translated();
        assertEquals(Optional.of("Hallado en un local sindical."),
                dataset.sources().get(0).translations().text("es", "note"));
        assertEquals(Optional.of("aliado"), dataset.relationships().get(0).translations().text("es", "role"));
        assertEquals(Optional.of("Un paso."), dataset.stories().get(0).translations().text("es", "description"));
        StoryStep step = dataset.stories().get(0).steps().get(0);
        assertEquals(Optional.of("Pregunte quién guarda cartas."), step.translations().text("es", "notes"));
    }

    @Test
    void translatedFileIsWrittenBackByteForByte() throws IOException {
        String file = Files.readString(Fixtures.path("translated-dataset.json"));
        assertEquals(file, new DatasetWriter().toJson(translated()));
    }

    @Test
    void translationsBuiltInCodeAreWrittenInTheFormatsFieldOrder() {
        Translation spanish = new Translation(Map.of("description", "Una central.", "name", "Central"),
                List.of("CO"));
        Entity entity = new Entity("c", org.solidarityatlas.model.EntityType.UNION, "Central", List.of(), List.of(),
                null, null, null, List.of(), List.of(), new Translations(Map.of("es", spanish)));
        Dataset dataset = new Dataset("T", null, "en", List.of(), List.of(entity), List.of(), List.of());
        String json = new DatasetWriter().toJson(dataset);
        assertTrue(json.contains("\"es\": {\n          \"name\": \"Central\",\n          \"aliases\": [\"CO\"],\n"
                + "          \"description\": \"Una central.\"\n        }"), json);
        ReadResult back = new DatasetReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written.json");
        assertEquals(Optional.of(dataset), back.dataset());
    }

    @Test
    void stepTextEditKeepsTheStepsTranslations() {
        StoryStep step = translated().stories().get(0).steps().get(0);
        StoryStep edited = step.withTexts("The letters, again", null, null);
        assertEquals(Optional.of("Las cartas"), edited.translations().text("es", "title"));
    }

    @Test
    void languageKeyThatIsNotABcp47TagIsAnError() {
        assertError(onlyError("translation-bad-language-tag.json"), 6, 23, "'en_US'",
                "not a well-formed BCP 47 language tag");
    }

    @Test
    void misspeltTranslatedFieldIsAnErrorWithTheFieldMeant() {
        assertError(onlyError("translation-field-misspelt.json"), 6, 30, "'nmae' cannot be translated in entity",
                "did you mean 'name'?", "translatable fields are name, aliases, description");
    }

    @Test
    void fieldThatIsNotTranslatableOnAStepIsAnError() {
        assertError(onlyError("translation-field-not-translatable.json"), 8, 66,
                "'focus' cannot be translated in step", "translatable fields are title, text, notes");
    }

    @Test
    void blankTranslatedTextIsAnError() {
        assertError(onlyError("translation-blank-value.json"), 6, 75,
                "'description' in the 'es' translation of the dataset must not be blank");
    }

    @Test
    void translatedTextThatIsNotAStringIsAnError() {
        assertError(onlyError("translation-value-not-a-string.json"), 4, 83,
                "'title' in the 'es' translation of source must be a string, not a number");
    }

    @Test
    void translatedAliasesThatAreNotAnArrayAreAnError() {
        assertError(onlyError("translation-aliases-not-an-array.json"), 6, 41,
                "'aliases' in the 'en' translation of entity must be an array of strings, not a string");
    }

    @Test
    void languageWhoseTranslationIsNotAnObjectIsAnError() {
        assertError(onlyError("translation-not-an-object.json"), 5, 74,
                "the 'en' translation of entity must be an object of translated fields, not a string");
    }

    @Test
    void translatedAliasesMustBeNonBlankStrings() {
        ReadResult result = read("translation-alias-entries.json");
        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertError(result.problems().get(0), 6, 67,
                "'aliases' in the 'en' translation of entity must not contain blank entries");
        assertError(result.problems().get(1), 6, 72,
                "each entry of 'aliases' in the 'en' translation of entity must be a string, not a number");
    }

    @Test
    void translationsThatAreNotAnObjectAreAnError() {
        assertError(onlyError("translations-not-an-object.json"), 6, 71,
                "'translations' in relationship must be an object keyed by language tag");
    }

    @Test
    void sameLanguageTwiceInAnyCaseIsAnError() {
        assertError(onlyError("translation-language-twice.json"), 8, 56,
                "translation language 'ES' is given twice (first on line 8)");
    }

    @Test
    void emptyTranslationIsOnlyAWarning() {
        ReadResult result = read("translation-empty.json");
        assertWarning(onlyProblem(result), 4, 85, "the 'es' translation of entity is empty");
        assertTrue(result.dataset().orElseThrow().entities().get(0).translations().isEmpty());
    }
}

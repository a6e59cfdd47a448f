package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.solidarityatlas.format.Fixtures.assertWarning;
import static org.solidarityatlas.format.Fixtures.onlyProblem;
import static org.solidarityatlas.format.Fixtures.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.Source;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

class DatasetReaderTest {

    private static Dataset validDataset() {
        ReadResult result = read("valid-dataset.json");
        assertTrue(result.isValid(), () -> result.problems().toString());
        assertEquals(List.of(), result.problems());
        return result.dataset().orElseThrow();
    }

    @Test
    void validFileGivesADatasetWithItsTopLevelFields() {
        Dataset dataset = validDataset();
        assertEquals("A small alliance", dataset.title());
        assertEquals("Two unions, their alliance and a complaint, for tests.", dataset.description());
        assertEquals("es-MX", dataset.language());
        assertEquals(7, dataset.entities().size());
        assertEquals(6, dataset.relationships().size());
        assertEquals(1, dataset.stories().size());
    }

    @Test
    void sourcesKeepEveryField() {
        Dataset dataset = validDataset();
        assertEquals(List.of(
                new Source("article", "An article about the alliance", "A. Writer", "Labor Notes", "2019-05",
                        "https://example.org/article", "The main source."),
                new Source("book", "A book", null, null, null, null, null)), dataset.sources());
    }

    @Test
    void entitiesKeepEveryFieldIncludingNonAsciiNames() {
        Dataset dataset = validDataset();
        assertEquals(new Entity("ue", EntityType.UNION, "United Electrical, Radio and Machine Workers of America",
                List.of("UE"), List.of("US"), PartialDate.ofYear(1936), null, "An independent union.",
                List.of("article"), List.of("independent")), dataset.entity("ue").orElseThrow());
        Entity fat = dataset.entity("fat").orElseThrow();
        assertEquals("Frente Auténtico del Trabajo", fat.name());
        assertEquals(List.of("FAT", "Authentic Labor Front"), fat.aliases());
        assertEquals(List.of("article", "book"), fat.sources());
    }

    @Test
    void everyEntityTypeIsRead() {
        Set<EntityType> types = validDataset().entities().stream().map(Entity::type).collect(Collectors.toSet());
        assertEquals(Set.of(EntityType.values()), types);
    }

    @Test
    void partialDatesGiveBackTheExactTextTheyWereWrittenAs() {
        Dataset dataset = validDataset();
        assertEquals("1936", dataset.entity("ue").orElseThrow().start().toString());
        assertEquals("1960-10-18", dataset.entity("fat").orElseThrow().start().toString());
        assertEquals("1994-02", dataset.entity("campaign:honeywell").orElseThrow().end().toString());
        for (String text : List.of("0999", "1992", "1994-02", "2019-05-01", "2000-02-29")) {
            assertEquals(text, PartialDate.parse(text).orElseThrow().toString());
        }
    }

    @Test
    void relationshipWithAnIdKeepsItAndIsMarkedGiven() {
        Relationship given = validDataset().relationships().get(0);
        assertEquals(new Relationship("soa-ue", true, "member_of", "ue", "soa", "founding member",
                PartialDate.ofYear(1992), null, "UE co-founded the alliance.", List.of("article")), given);
    }

    @Test
    void relationshipsWithoutIdGetStableIdsNumberedForRepeatsInFileOrder() {
        List<Relationship> relationships = validDataset().relationships();
        assertEquals(List.of("soa-ue", "fat--member_of-->soa", "ue--files-->nao-940001",
                        "ue--files-->nao-940001#2", "nao-940001--targets-->ge", "robin.alexander--works_for-->ue"),
                relationships.stream().map(Relationship::id).toList());
        assertEquals(List.of(true, false, false, false, false, false),
                relationships.stream().map(Relationship::idGiven).toList());
    }

    @Test
    void givenRelationshipIdCannotTakeTheFormOfAnAssignedOne() {
        // '>' is not an id character, so an assigned id never collides with one the file gives.
        Problem problem = Fixtures.onlyError("relationship-id-like-assigned.json");
        Fixtures.assertError(problem, 1, 189, "relationship id 'ue--partner_of-->fat' must be 1-100 characters");
    }

    @Test
    void storiesAreReadWithEveryStepField() {
        Story story = validDataset().stories().get(0);
        assertEquals("alliance-history", story.id());
        assertEquals("How the alliance began", story.title());
        assertEquals("Three steps.", story.description());
        assertEquals(3, story.steps().size());
        assertEquals(new StoryStep("Two unions", "UE and the FAT before they met.", "Mention the Cold War.", null,
                PartialDate.ofYear(1991), List.of("ue", "fat"), Optional.empty(), Optional.empty(), Optional.empty()),
                story.steps().get(0));
        assertEquals(new StoryStep("The alliance", null, null, PartialDate.ofYear(1992), new PartialDate(1993, 6, 0),
                List.of("soa"), Optional.of(Set.of(EntityType.UNION, EntityType.ALLIANCE)),
                Optional.of(Set.of("member_of")), Optional.of(1)), story.steps().get(1));
        assertEquals(Optional.of(2), story.steps().get(2).depth());
    }

    @Test
    void fileWithoutLanguageOrStoriesGetsEnglishAndNoStories() {
        ReadResult result = read("minimal.json");
        assertTrue(result.isValid(), () -> result.problems().toString());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("en", dataset.language());
        assertEquals(List.of(), dataset.stories());
        assertNull(dataset.description());
    }

    @Test
    void unknownFieldIsAWarningSuggestingTheNearestKnownField() {
        ReadResult result = read("unknown-field.json");
        assertTrue(result.isValid(), "warnings do not make a file invalid");
        assertWarning(onlyProblem(result), 10, 50, "unknown field 'strat' in entity", "did you mean 'start'?");
        assertNull(result.dataset().orElseThrow().entity("pa").orElseThrow().start(), "unknown fields are ignored");
    }

    @Test
    void wellFormedButUnassignedCountryCodeIsOnlyAWarning() {
        ReadResult result = read("unknown-country-code.json");
        assertTrue(result.isValid());
        assertWarning(onlyProblem(result), 10, 64, "'ZZ' is not an ISO 3166-1 country code");
    }

    @Test
    void endWithinTheStartPeriodIsNotBeforeIt() {
        ReadResult result = read("same-period-end.json");
        assertTrue(result.isValid(), () -> result.problems().toString());
    }

    @Test
    void readingAStreamNamesProblemsAfterTheGivenFileName() throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path("unknown-field.json"))) {
            ReadResult result = new DatasetReader().read(in, "mine.json");
            assertEquals("mine.json:10:50: warning: unknown field 'strat' in entity (did you mean 'start'?); "
                    + "it is ignored", onlyProblem(result).toString());
        }
    }

    @Test
    void readingAStreamLeavesItOpenForTheCaller() throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path("minimal.json"))) {
            assertTrue(new DatasetReader().read(in, "minimal.json").isValid());
            assertEquals(-1, in.read(), "the stream is still open and fully read");
        }
    }

    @Test
    void byteOrderMarkAtTheStartIsAccepted() {
        byte[] json = "\uFEFF{\"format\": \"solidarity-atlas/1\", \"title\": \"T\", \"entities\": [], \"relationships\": []}"
                .getBytes(StandardCharsets.UTF_8);
        ReadResult result = new DatasetReader().read(new ByteArrayInputStream(json), "bom.json");
        assertTrue(result.isValid(), () -> result.problems().toString());
    }

    @Test
    void errorsListIsEmptyAndWarningsAreSeparateForAFileWithOnlyWarnings() {
        ReadResult result = read("unknown-field.json");
        assertEquals(List.of(), result.errors());
        assertEquals(1, result.warnings().size());
        assertFalse(result.warnings().get(0).isError());
    }
}

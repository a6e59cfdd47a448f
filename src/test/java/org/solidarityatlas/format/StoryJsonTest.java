package org.solidarityatlas.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Story;
import org.solidarityatlas.model.StoryStep;

class StoryJsonTest {

    @Test
    void storiesComeBackEqualFromTheirJson() {
        List<Story> stories = Fixtures.read("valid-dataset.json").dataset().orElseThrow().stories();
        assertEquals(stories, StoryJson.fromJson(StoryJson.toJson(stories)));
    }

    @Test
    void noStoriesIsAnEmptyArray() {
        assertEquals("[]", StoryJson.toJson(List.of()));
        assertEquals(List.of(), StoryJson.fromJson("[]"));
    }

    @Test
    void focusIsNotCheckedWithoutADataset() {
        Story story = new Story("s", "Story", null, List.of(new StoryStep("Step", null, null, null, null,
                List.of("anyone"), Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(List.of(story), StoryJson.fromJson(StoryJson.toJson(List.of(story))));
    }

    @Test
    void stepWithoutTitleIsRefusedNamingTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoryJson.fromJson("[{\"id\": \"s\", \"title\": \"S\", \"steps\": [{\"text\": \"t\"}]}]"));
        assertTrue(e.getMessage().contains("missing required field 'title' in step"), e.getMessage());
    }

    @Test
    void textThatIsNotAnArrayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StoryJson.fromJson("{}"));
        assertThrows(IllegalArgumentException.class, () -> StoryJson.fromJson(""));
        assertThrows(IllegalArgumentException.class, () -> StoryJson.fromJson("[{"));
    }
}

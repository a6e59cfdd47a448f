package org.solidarityatlas.ui.presentation;

import org.solidarityatlas.testing.StoryFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {

    @Test
    void loadingProposesTheFirstAndLastYear() {
        CompareViewModel compare = new CompareViewModel();
        compare.load(StoryFixtures.riverTowns());
        assertEquals(1975, compare.fromYearProperty().get());
        assertEquals(2005, compare.toYearProperty().get());
    }

    @Test
    void comparingListsEntitiesThenRelationshipsInWords() {
        CompareViewModel compare = new CompareViewModel();
        compare.load(StoryFixtures.riverTowns());
        compare.compare(1993, 2002);
        assertEquals(List.of("Dockers' Union (union)", "Dockers' Union member of River Alliance"),
                compare.joined().stream().map(ChangedItem::label).toList());
        assertEquals(List.of("Mill strike (event)", "Millers' Union (union)",
                "Millers' Union member of River Alliance", "Millers' Union participates in Mill strike"),
                compare.left().stream().map(ChangedItem::label).toList());
        assertEquals("2 joined and 4 left between 1993 and 2002", compare.summaryProperty().get());
    }

    @Test
    void comparingOnTheBundledDatasetFindsTheReformAndTheNaftaYears() {
        CompareViewModel compare = new CompareViewModel();
        compare.load(StoryFixtures.bundled());
        compare.compare(1994, 2019);
        List<String> joined = compare.joined().stream().map(ChangedItem::id).toList();
        List<String> left = compare.left().stream().map(ChangedItem::id).toList();
        assertEquals(true, joined.contains("labor-reform-2019"), () -> "joined: " + joined);
        assertEquals(true, left.contains("nafta-in-force-1994"), () -> "left: " + left);
    }
}

package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.ui.tasks.SynchronousTaskExecutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.EntityType;

/** Selection and highlight, worked out from the loaded dataset (no store involved). */
class SelectionViewModelTest {

    private FilterViewModel filters;
    private SelectionViewModel selection;

    @BeforeEach
    void setUp() {
        LoadedGraph graph = new Datasets()
                .entity("ue", EntityType.UNION, "UE", "1936", null)
                .entity("fat", EntityType.UNION, "FAT", "1960", null)
                .entity("soa", EntityType.ALLIANCE, "Strategic Organizing Alliance", "1992", null)
                .entity("drive", EntityType.CAMPAIGN, "Drive", "1997", "1999")
                .relationship("r1", "partner_of", "ue", "fat", "1992", null)
                .relationship("r2", "member_of", "ue", "soa", "1992", null)
                .relationship("r3", "organizes", "fat", "drive", "1997", "1999")
                .loaded();
        filters = new FilterViewModel();
        filters.load(graph);
        selection = new SelectionViewModel(filters, new SynchronousTaskExecutor());
        selection.load(graph, null);
    }

    @Test
    void selectingAnEntityHighlightsItsNeighbourhood() {
        selection.selectEntity("ue");

        assertEquals("UE", selection.selectedEntity().orElseThrow().name());
        assertEquals(Set.of("ue", "fat", "soa"), selection.highlightedEntitiesProperty().get());
        assertEquals(Set.of("r1", "r2"), selection.highlightedRelationshipsProperty().get());
    }

    @Test
    void selectingARelationshipHighlightsItsEnds() {
        selection.selectEntity("ue");

        selection.selectRelationship("r3");

        assertTrue(selection.selectedEntity().isEmpty());
        assertEquals("r3", selection.selectedRelationship().orElseThrow().id());
        assertEquals(Set.of("fat", "drive"), selection.highlightedEntitiesProperty().get());
        assertEquals(Set.of("r3"), selection.highlightedRelationshipsProperty().get());
    }

    @Test
    void clearRemovesSelectionAndHighlight() {
        selection.selectEntity("ue");

        selection.clear();

        assertTrue(selection.selectedEntity().isEmpty());
        assertTrue(selection.highlightedEntitiesProperty().get().isEmpty());
        assertTrue(selection.highlightedRelationshipsProperty().get().isEmpty());
    }

    @Test
    void selectedEntityHiddenByFiltersIsReported() {
        filters.setWindow(1936, 1990);

        selection.selectEntity("drive");

        assertTrue(selection.hiddenByFiltersProperty().get());
    }

    @Test
    void revealShowsTheHiddenSelectedEntity() {
        filters.entityType(EntityType.CAMPAIGN).orElseThrow().setShown(false);
        selection.selectEntity("drive");

        selection.revealSelected();

        assertFalse(selection.hiddenByFiltersProperty().get());
        assertTrue(filters.visible().entityIds().contains("drive"));
    }

    @Test
    void hidingTheSelectedEntityLaterIsReportedToo() {
        selection.selectEntity("soa");

        filters.entityType(EntityType.ALLIANCE).orElseThrow().setShown(false);

        assertTrue(selection.hiddenByFiltersProperty().get());
    }

    @Test
    void unknownEntityLeavesTheSelectionAsItWas() {
        selection.selectEntity("ue");

        selection.selectEntity("nobody");

        assertEquals("ue", selection.selectedEntity().orElseThrow().id());
    }

    @Test
    void pathWithoutSelectionAsksForOne() {
        selection.startPathFromSelection();

        assertEquals("Select an entity first, then choose Path", selection.messageProperty().get());
        assertTrue(selection.pathStartProperty().get() == null);
    }
}

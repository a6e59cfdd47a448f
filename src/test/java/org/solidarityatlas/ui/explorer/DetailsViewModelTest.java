package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.ui.tasks.SynchronousTaskExecutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.PartialDate;
import org.solidarityatlas.model.Relationship;

class DetailsViewModelTest {

    private SelectionViewModel selection;
    private DetailsViewModel details;

    @BeforeEach
    void setUp() {
        LoadedGraph graph = new Datasets()
                .source("article", "The alliance at thirty", "https://example.org/alliance")
                .source("book", "A history of the union", null)
                .add(new Entity("fat", EntityType.UNION, "Frente Auténtico del Trabajo",
                        List.of("FAT", "Authentic Labor Front"), List.of("MX"), PartialDate.parse("1960").get(), null,
                        "An independent Mexican union federation.", List.of("article", "book"), List.of()))
                .entity("ue", EntityType.UNION, "UE", "1936", null)
                .entity("complaint", EntityType.EVENT, "Complaint", "2019-03", null)
                .add(new Relationship("r1", true, "partner_of", "ue", "fat", "co-founder",
                        PartialDate.parse("1992").get(), null, "They work together.", List.of("article")))
                .relationship("r2", "files", "fat", "complaint", "2019-03", null)
                .loaded();
        FilterViewModel filters = new FilterViewModel();
        filters.load(graph);
        selection = new SelectionViewModel(filters, new SynchronousTaskExecutor());
        selection.load(graph, null);
        details = new DetailsViewModel(selection);
        details.load(graph);
    }

    @Test
    void entityDetailsAreInWords() {
        selection.selectEntity("fat");

        assertTrue(details.showingProperty().get());
        assertEquals("Frente Auténtico del Trabajo", details.titleProperty().get());
        assertEquals("Union", details.kindProperty().get());
        assertEquals(EntityType.UNION, details.entityTypeProperty().get());
        assertEquals("FAT, Authentic Labor Front", details.aliasesProperty().get());
        assertEquals("MX", details.countriesProperty().get());
        assertEquals("1960 – present", details.datesProperty().get());
        assertEquals("An independent Mexican union federation.", details.descriptionProperty().get());
    }

    @Test
    void eventDatesNameTheMonth() {
        selection.selectEntity("complaint");

        assertEquals("March 2019", details.datesProperty().get());
    }

    @Test
    void sourcesHaveTitlesAndUrlsWhereGiven() {
        selection.selectEntity("fat");

        assertEquals(List.of(
                new DetailsViewModel.SourceItem("The alliance at thirty", Optional.of("https://example.org/alliance")),
                new DetailsViewModel.SourceItem("A history of the union", Optional.empty())), details.sources());
    }

    @Test
    void relationshipsAreListedWithTheirDirection() {
        selection.selectEntity("fat");

        assertEquals(List.of("partner of ← UE", "files → Complaint"),
                details.links().stream().map(DetailsViewModel.LinkItem::text).toList());
        assertEquals("co-founder, 1992 – present", details.links().get(0).detail());
    }

    @Test
    void activatingARelationshipSelectsItsOtherEnd() {
        selection.selectEntity("fat");

        details.activate(details.links().get(1));

        assertEquals("complaint", selection.selectedEntity().orElseThrow().id());
        assertEquals("Complaint", details.titleProperty().get());
    }

    @Test
    void relationshipDetailsNameBothEnds() {
        selection.selectRelationship("r1");

        assertEquals("UE → Frente Auténtico del Trabajo", details.titleProperty().get());
        assertEquals("Partner of", details.kindProperty().get());
        assertEquals("Role: co-founder. They work together.", details.descriptionProperty().get());
        assertEquals(List.of("ue", "fat"),
                details.links().stream().map(DetailsViewModel.LinkItem::targetEntityId).toList());
    }

    @Test
    void clearingTheSelectionEmptiesThePanel() {
        selection.selectEntity("fat");

        selection.clear();

        assertFalse(details.showingProperty().get());
        assertTrue(details.links().isEmpty());
        assertEquals("", details.titleProperty().get());
    }
}

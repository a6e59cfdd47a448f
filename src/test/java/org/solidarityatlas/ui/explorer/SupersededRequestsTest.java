package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.ui.app.ExplorerComposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.testing.FakeGraphStore;
import org.solidarityatlas.testing.HandClock;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.ui.tasks.TaskHandle;

/** Answers that arrive after the user moved on are dropped: only the latest request of each kind shows. */
class SupersededRequestsTest {

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private ExplorerViewModel model;
    private SelectionViewModel selection;

    @BeforeEach
    void load() {
        var dataset = new Datasets()
                .entity("ue", EntityType.UNION, "UE", "1936", null)
                .entity("fat", EntityType.UNION, "Frente Auténtico del Trabajo", "1960", null)
                .entity("soa", EntityType.ALLIANCE, "Strategic Organizing Alliance", "1992", null)
                .entity("lonely", EntityType.ORGANIZATION, "Lonely Foundation", "2000", null)
                .relationship("r1", "member_of", "ue", "soa", "1992", null)
                .relationship("r2", "member_of", "fat", "soa", "1992", null)
                .build();
        model = ExplorerComposition.explorerModel(executor, new HandClock(), new RecordingDialogService());
        model.start(() -> new FakeGraphStore(dataset), Optional.empty());
        executor.runAll();
        selection = model.selection();
    }

    private void pathFrom(String from, String to) {
        selection.selectEntity(from);
        selection.startPathFromSelection();
        selection.selectEntity(to);
    }

    @Test
    void aPathAskedAfterAnotherReplacesItsAnswer() {
        Entity ue = model.graph().orElseThrow().entity("ue").orElseThrow();
        List<Object> pathsShown = new java.util.ArrayList<>();
        selection.pathProperty().addListener((o, a, path) -> pathsShown.add(path));
        TaskHandle first = selection.findPath(ue, model.graph().orElseThrow().entity("fat").orElseThrow());
        TaskHandle second = selection.findPath(ue, model.graph().orElseThrow().entity("lonely").orElseThrow());

        executor.runAll();

        assertEquals(TaskHandle.Outcome.CANCELLED, first.completion().toCompletableFuture().getNow(null));
        assertEquals(TaskHandle.Outcome.SUCCEEDED, second.completion().toCompletableFuture().getNow(null));
        assertEquals(List.of(), pathsShown, "the path UE–SOA–FAT was never shown");
        assertTrue(selection.path().isEmpty());
        assertEquals("No connection between UE and Lonely Foundation", selection.messageProperty().get());
    }

    @Test
    void clearingTheSelectionDropsThePendingPath() {
        pathFrom("ue", "fat");

        selection.clear();
        executor.runAll();

        assertTrue(selection.path().isEmpty());
        assertEquals(Set.of(), selection.highlightedEntitiesProperty().get());
        assertEquals("", selection.messageProperty().get());
    }

    @Test
    void selectingAnotherEntityDropsThePendingPath() {
        pathFrom("ue", "fat");

        selection.selectRelationship("r2");
        executor.runAll();

        assertTrue(selection.path().isEmpty());
        assertEquals(Set.of("fat", "soa"), selection.highlightedEntitiesProperty().get());
    }

    @Test
    void onlyTheLatestSearchFillsTheSuggestions() {
        selection.suggest("UE");
        selection.suggest("autentico");
        executor.runAll();

        assertEquals(List.of("fat"), selection.suggestions().stream().map(hit -> hit.entity().id()).toList());
    }

    @Test
    void aNewDatasetDropsTheSearchStillPending() {
        selection.suggest("UE");
        model.open(org.solidarityatlas.testing.Resources.path("ui/other-atlas.json"));
        executor.runAll();

        assertEquals(List.of(), selection.suggestions().stream().map(hit -> hit.entity().id()).toList());
        assertEquals("Another small atlas", model.titleProperty().get());
    }

    @Test
    void aCancelledTaskHandsNothingOverAndCompletesAsCancelled() throws Exception {
        Entity ue = model.graph().orElseThrow().entity("ue").orElseThrow();
        Entity fat = model.graph().orElseThrow().entity("fat").orElseThrow();
        TaskHandle handle = selection.findPath(ue, fat);

        handle.cancel();
        executor.runAll();

        assertEquals(TaskHandle.Outcome.CANCELLED, handle.completion().toCompletableFuture().get());
        assertTrue(selection.path().isEmpty());
    }
}

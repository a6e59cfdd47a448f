package org.solidarityatlas.ui.explorer;

import org.solidarityatlas.ui.app.ExplorerComposition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.graph.VisibleItems;
import org.solidarityatlas.graph.VisibleSet;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.StoryStep;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.testing.FakeGraphStore;
import org.solidarityatlas.testing.HandClock;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.ui.presentation.StepView;
import org.solidarityatlas.ui.tasks.SynchronousTaskExecutor;

/** A story step captured from the explorer's Focus replays the picture the explorer showed, item for item. */
class FocusReplayTest {

    private ExplorerViewModel model;
    private LoadedGraph graph;

    @BeforeEach
    void loadAHistoryWhoseLinksComeAndGo() {
        // The weavers and the dockers worked together only in 1985–1987; the dockers and Rosa from 1980 on.
        var dataset = new Datasets()
                .entity("weavers", EntityType.UNION, "Weavers", "1980", null)
                .entity("dockers", EntityType.UNION, "Dockers", "1980", null)
                .entity("rosa", EntityType.PERSON, "Rosa", "1980", null)
                .entity("coalition", EntityType.ALLIANCE, "Coalition", "1990", null)
                .relationship("together", "partner_of", "weavers", "dockers", "1985", "1987")
                .relationship("rosa-leads", "leads", "rosa", "dockers", "1980", null)
                .relationship("weavers-in", "member_of", "weavers", "coalition", "1990", null)
                .relationship("dockers-in", "member_of", "dockers", "coalition", "1996", null)
                .build();
        model = ExplorerComposition.explorerModel(new SynchronousTaskExecutor(), new HandClock(), new RecordingDialogService());
        model.start(() -> new FakeGraphStore(dataset), Optional.empty());
        graph = model.graph().orElseThrow();
    }

    private VisibleItems shownByTheExplorer() {
        VisibleSet visible = model.filters().visible();
        return new VisibleItems(visible.entityIds(), visible.relationshipIds());
    }

    private VisibleItems replayed(StoryStep step) {
        return StepView.of(step, graph.span()).visibleIn(graph);
    }

    private void focusOn(String entityId, int depth) {
        model.selection().selectEntity(entityId);
        model.selection().focusDepthProperty().set(depth);
        model.selection().focusOnSelection();
    }

    @Test
    void focusInAYearWithoutTheOldLinkReplaysWithoutIt() {
        model.filters().setWindow(1991, 1995);
        focusOn("weavers", 2);

        StoryStep step = model.captureStep("The weavers in the early nineties");

        // In 1991–1995 the weavers reach only the coalition; the dockers joined it in 1996.
        VisibleItems expected = new VisibleItems(Set.of("weavers", "coalition"), Set.of("weavers-in"));
        assertEquals(expected, shownByTheExplorer());
        assertEquals(expected, replayed(step));
    }

    @Test
    void focusFollowedByAWindowMoveReplaysTheMovedPicture() {
        focusOn("weavers", 2);
        model.filters().setWindow(1996, 2000);

        StoryStep step = model.captureStep("Later");

        // From 1996 the dockers are in the coalition too: two steps from the weavers. Rosa would be three.
        VisibleItems expected = new VisibleItems(Set.of("weavers", "coalition", "dockers"),
                Set.of("weavers-in", "dockers-in"));
        assertEquals(expected, shownByTheExplorer());
        assertEquals(expected, replayed(step));
    }

    @Test
    void selectingAnotherEntityWhileFocusedKeepsTheFocusInTheStep() {
        model.filters().setWindow(1985, 1987);
        focusOn("weavers", 1);
        model.selection().selectEntity("dockers");

        StoryStep step = model.captureStep("Together");

        assertEquals(java.util.List.of("weavers"), step.focus());
        VisibleItems expected = new VisibleItems(Set.of("weavers", "dockers"), Set.of("together"));
        assertEquals(expected, shownByTheExplorer());
        assertEquals(expected, replayed(step));
    }

    @Test
    void hiddenTypesHideTheSameItemsInTheReplay() {
        model.filters().entityType(EntityType.PERSON).orElseThrow().setShown(false);
        focusOn("dockers", 1);

        StoryStep step = model.captureStep("Without people");

        assertEquals(shownByTheExplorer(), replayed(step));
        assertEquals(Set.of("dockers", "weavers", "coalition"), shownByTheExplorer().entityIds());
    }
}

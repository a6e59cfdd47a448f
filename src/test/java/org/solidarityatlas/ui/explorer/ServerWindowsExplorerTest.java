package org.solidarityatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.graph.Focus;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.store.BoltGraphStore;
import org.solidarityatlas.store.GraphStore;
import org.solidarityatlas.store.TestNeo4jServer;
import org.solidarityatlas.ui.app.ExplorerComposition;
import org.solidarityatlas.testing.HandClock;
import org.solidarityatlas.ui.app.ExplorerComposition;
import org.solidarityatlas.testing.QueuedTaskExecutor;
import org.solidarityatlas.testing.RecordingDialogService;
import org.solidarityatlas.testing.WindowDataset;

/**
 * The explorer on a server whose dataset is bigger than the drawing cap ({@link WindowDataset}, 10,700 entities):
 * it loads only what the filters draw, asks again when they change, drops a superseded answer, and walks
 * neighbourhoods, searches and paths on the server.
 */
class ServerWindowsExplorerTest {

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    private static final int ALL = WindowDataset.DATED + WindowDataset.UNDATED;

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private ExplorerViewModel model;
    private FilterViewModel filters;

    @BeforeAll
    static void storeTheDataset() {
        try (GraphStore store = SERVER.openStore()) {
            store.replaceDataset(WindowDataset.dataset());
        }
    }

    @BeforeEach
    void openOnTheServer() {
        model = ExplorerComposition.explorerModel(executor, new HandClock(), new RecordingDialogService());
        model.start(() -> BoltGraphStore.open(SERVER.connection(true)), Optional.empty());
        executor.runAll();
        filters = model.filters();
    }

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void onlyTheCapsWorthIsLoadedAndTheFiltersCountTheWholeDataset() {
        assertEquals(10_000, model.graph().orElseThrow().entities().size());
        assertEquals(10_000, filters.visible().entityIds().size());
        assertEquals("Showing 10,000 of 10,700 entities: narrow the filters or the time window",
                filters.statusLine());
        assertEquals(WindowDataset.DATED / 2, filters.entityType(EntityType.UNION).orElseThrow().total());
        assertEquals(WindowDataset.UNDATED, filters.entityType(EntityType.ORGANIZATION).orElseThrow().total());
        assertEquals(1900, filters.spanFirstYearProperty().get());
        assertEquals(1999, filters.spanLastYearProperty().get());
    }

    @Test
    void narrowingTheFiltersDrawsExactlyWhatTheyAdmitFromTheServer() {
        filters.showOnlyEntityType(EntityType.UNION);
        filters.setWindow(1950, 1959);
        executor.runAll();

        List<String> expected = WindowDataset.datedIds(1950, 1959, i -> i % 2 == 0);
        assertEquals(new HashSet<>(expected), filters.visible().entityIds());
        assertTrue(filters.statusLine().startsWith(expected.size() + " of " + ALL + " entities"),
                filters.statusLine());
    }

    @Test
    void aWindowAskedForAfterAnotherSupersedesIt() {
        List<Object> drawn = new ArrayList<>();
        filters.contentsProperty().addListener((property, was, now) -> drawn.add(now));
        filters.includeUndatedProperty().set(false);
        filters.setWindow(1950, 1950);
        filters.setWindow(1960, 1960);
        executor.runAll();

        assertEquals(1, drawn.size(), "only the last window was drawn");
        assertEquals(new HashSet<>(WindowDataset.datedIds(1960, 1960, i -> true)), filters.visible().entityIds());
    }

    @Test
    void aFocusIsTheNeighbourhoodWalkedOnTheServer() {
        filters.setWindow(1948, 1951);
        executor.runAll();
        filters.focusOn(new Focus(List.of("e10350"), 2));
        executor.runAll();

        assertEquals(Set.of("e10348", "e10349", "e10350", "e10351"), filters.visible().entityIds());
    }

    @Test
    void aSearchHitOutsideTheWindowIsBroughtInAndSelected() {
        assertTrue(model.graph().orElseThrow().entity("u7").isEmpty(), "u7 is left out by the cap");
        SelectionViewModel selection = model.selection();
        selection.suggest("Undated 7");
        executor.runAll();
        assertEquals("u7", selection.suggestions().get(0).entity().id());

        selection.selectEntity("u7");
        executor.runAll();

        assertEquals("u7", selection.selectedEntity().orElseThrow().id());
    }

    @Test
    void aPathIsFoundOnTheServerAndShowsWholeWhenRevealed() {
        SelectionViewModel selection = model.selection();
        filters.setWindow(1900, 1901);
        executor.runAll();
        selection.selectEntity("e10300");
        selection.startPathFromSelection();
        // e10302 is active in 1902: outside the window, so not loaded; the path is asked of the server.
        selection.selectEntity("e10302");
        executor.runAll();
        assertEquals(2, selection.path().orElseThrow().length());
        assertTrue(selection.pathPartlyHiddenProperty().get());

        selection.revealPath();
        executor.runAll();

        assertTrue(filters.visible().entityIds().containsAll(Set.of("e10300", "e10301", "e10302")));
        assertTrue(filters.visible().relationshipIds().containsAll(Set.of("c10300", "c10301")));
        assertEquals(1902, filters.toYearProperty().get());
    }
}

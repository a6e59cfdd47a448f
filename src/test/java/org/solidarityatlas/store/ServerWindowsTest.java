package org.solidarityatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.GraphFilter;
import org.solidarityatlas.model.Relationship;
import org.solidarityatlas.model.TimeWindow;
import org.solidarityatlas.testing.WindowDataset;

/**
 * The windows the explorer draws of a dataset on a server, bigger than the drawing cap: chosen on the server with
 * the indexes, only the drawn entities travelling. Answers come from how {@link WindowDataset} is made.
 */
class ServerWindowsTest {

    private static final int CAP = 10_000;
    private static final Set<EntityType> ALL_TYPES = Set.of(EntityType.UNION, EntityType.PERSON,
            EntityType.ORGANIZATION);

    @RegisterExtension
    static final TestNeo4jServer SERVER = new TestNeo4jServer();

    private static BoltGraphStore store;

    @BeforeAll
    static void load() {
        store = SERVER.openStore();
        store.replaceDataset(WindowDataset.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static GraphFilter years(int from, int to, Set<EntityType> types, boolean undated) {
        return GraphFilter.everything().withEntityTypes(types).withIncludeUndated(undated)
                .withWindow(TimeWindow.ofYears(from, to));
    }

    private static List<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::id).toList();
    }

    @Test
    void aWindowOverTheCapDrawsTheMostConnectedAndCountsAllItAdmits() {
        DrawnWindow window = store.drawnWindow(years(1900, 1999, ALL_TYPES, true), CAP);
        assertEquals(WindowDataset.DATED + WindowDataset.UNDATED, window.visibleEntities());
        assertTrue(window.isCapped());
        // The chain's hundred entities first (most connected), then the rest in file order up to the cap.
        Set<String> expected = new HashSet<>();
        IntStream.range(WindowDataset.CHAIN_START, WindowDataset.DATED).forEach(i -> expected.add("e" + i));
        IntStream.range(0, CAP - 100).forEach(i -> expected.add("e" + i));
        assertEquals(expected, new HashSet<>(ids(window.drawn().entities())));
        assertEquals(99, window.drawn().relationships().size());
    }

    @Test
    void aFilteredWindowUnderTheCapDrawsExactlyWhatTheFiltersAdmit() {
        DrawnWindow window = store.drawnWindow(years(1950, 1959, Set.of(EntityType.UNION), false), CAP);
        List<String> expected = WindowDataset.datedIds(1950, 1959, i -> i % 2 == 0);
        assertEquals(expected, ids(window.drawn().entities()));
        assertEquals(expected.size(), window.visibleEntities());
    }

    @Test
    void aWindowDrawsOnlyTheRelationshipsAmongItsEntities() {
        DrawnWindow window = store.drawnWindow(years(1950, 1952, ALL_TYPES, true), CAP);
        List<String> relationships = window.drawn().relationships().stream().map(Relationship::id).toList();
        // e10350 (1950) – e10351 – e10352 (1952): the two links inside the window, none reaching 1949 or 1953.
        assertEquals(List.of("c10350", "c10351"), relationships);
    }

    @Test
    void theNeighbourhoodOnTheServerWalksOnlyWhatTheFiltersShow() {
        DrawnWindow around = store.neighbourhood(years(1948, 1951, ALL_TYPES, true), List.of("e10350"), 2, CAP);
        assertEquals(List.of("e10348", "e10349", "e10350", "e10351"), ids(around.drawn().entities()));
        assertEquals(List.of("c10348", "c10349", "c10350"),
                around.drawn().relationships().stream().map(Relationship::id).toList());
    }

    @Test
    void theSpanAndOutlineComeFromTheServerWithoutTheEntities() {
        assertEquals(Optional.of(TimeWindow.ofYears(1900, 1999)), store.span());
        assertEquals(List.of(), store.outline().orElseThrow().entities());
        assertEquals("Test atlas", store.outline().orElseThrow().title());
    }

    @Test
    void theWindowQuerySeeksADateIndexRatherThanScanningEveryEntity() {
        GraphFilter filter = years(1950, 1959, Set.of(EntityType.UNION), false);
        List<String> operators = SERVER.planOperators(GraphQueries.admittedEntities(filter)
                + "WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.ordinal LIMIT 10 RETURN n",
                Map.of("firstDay", filter.window().orElseThrow().firstDay(),
                        "lastDay", filter.window().orElseThrow().lastDay(), "generation", "g",
                        "types", List.of("union")));
        assertTrue(operators.stream().anyMatch(o -> o.startsWith("NodeIndexSeekByRange")), operators::toString);
        assertTrue(operators.stream().noneMatch(o -> o.equals("NodeByLabelScan") || o.equals("AllNodesScan")),
                operators::toString);
    }

    @Test
    void measuresTheFirstWindowOfTheCap() {
        // Not a timed assertion (speed is bench's): the figure is printed beside the test's output.
        long start = System.nanoTime();
        DrawnWindow window = store.drawnWindow(years(1900, 1999, ALL_TYPES, true), CAP);
        System.out.printf("first window of %,d entities: %d ms%n", window.drawn().entities().size(),
                (System.nanoTime() - start) / 1_000_000);
        assertEquals(CAP, window.drawn().entities().size());
    }
}

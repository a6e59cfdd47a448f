package org.solidarityatlas.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.graph.LoadedGraph;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.testing.Datasets;
import org.solidarityatlas.ui.explorer.FilterViewModel;

/** The timeline's state driven against the explorer's real filters, on a dataset made up here, without a window. */
class TimelineViewModelTest {

    private LoadedGraph graph;
    private FilterViewModel filters;
    private TimelineViewModel timeline;

    @BeforeEach
    void connect() {
        Datasets data = new Datasets()
                .entity("old", EntityType.PERSON, "Old", "1850", "1851")
                .entity("ue", EntityType.UNION, "UE", "1980", null)
                .entity("fat", EntityType.UNION, "FAT", "1960", null)
                .entity("complaint", EntityType.EVENT, "Complaint", "1994-02", "1995")
                .entity("loose", EntityType.ORGANIZATION, "Loose", null, null)
                .relationship("partner", "partner_of", "fat", "ue", "1992", null)
                .relationship("files", "files", "fat", "complaint", "1994-02", "1995")
                .relationship("funds", "funds", "fat", "loose", null, null)
                .relationship("early", "member_of", "fat", "ue", "1980", "1985")
                .relationship("later", "member_of", "fat", "ue", "1986", "1990");
        for (int year = 1990; year < 2010; year++) {
            data.entity("e" + year, EntityType.EVENT, "E" + year, Integer.toString(year), null);
        }
        graph = data.loaded();
        filters = new FilterViewModel();
        filters.load(graph);
        timeline = new TimelineViewModel();
        timeline.connect(filters.fromYearProperty(), filters.toYearProperty(), filters::setWindow);
        timeline.load(graph.yearActivity());
    }

    @Test
    void typedYearsSetTheFiltersWindow() {
        assertTrue(timeline.type("1992–1998"));
        assertEquals(1992, filters.window().firstYear());
        assertEquals(1998, filters.window().lastYear());
        assertEquals("1992–1998", timeline.windowTextProperty().get());
    }

    @Test
    void typedYearsOutsideTheSpanAreRefusedWithTheSpan() {
        timeline.type("1992–1998");
        assertFalse(timeline.type("1700–1720"));
        assertEquals("The dataset's years are 1850–2009", timeline.problemProperty().get());
        assertEquals(1992, filters.window().firstYear());
    }

    @Test
    void unreadableYearsSayHowToTypeThem() {
        assertFalse(timeline.type("the nineties"));
        assertTrue(timeline.problemProperty().get().contains("1992–1998"));
    }

    @Test
    void movingKeepsTheWidthAndStopsAtTheSpansEnd() {
        timeline.type("2000–2005");
        timeline.moveBy(1);
        assertEquals(List.of(2001, 2006), window());
        timeline.moveBy(10);
        assertEquals(List.of(2004, 2009), window());
    }

    @Test
    void resizingMovesTheEndButNeverBeforeTheStart() {
        timeline.type("1992–1994");
        timeline.resizeBy(1);
        assertEquals(List.of(1992, 1995), window());
        timeline.resizeBy(-5);
        assertEquals(List.of(1992, 1992), window());
    }

    @Test
    void doubleClickCentresTheWindowOnTheYear() {
        timeline.type("1990–1994");
        timeline.centreOn(2000.4);
        assertEquals(List.of(1998, 2002), window());
    }

    @Test
    void draggingTheMiddleMovesByWholeYearsFromWhereItBegan() {
        timeline.type("1992–1998");
        timeline.beginDrag(TimelineViewModel.Grip.MOVE, 1995.2);
        timeline.dragTo(1996.0);
        timeline.dragTo(1998.4);
        assertEquals(List.of(1995, 2001), window());
        timeline.endDrag();
    }

    @Test
    void draggingAnEdgeResizesAndStopsAtTheOtherEdge() {
        timeline.type("1992–1998");
        timeline.beginDrag(TimelineViewModel.Grip.START, 1992);
        timeline.dragTo(1990);
        assertEquals(List.of(1990, 1998), window());
        timeline.dragTo(2003);
        assertEquals(List.of(1998, 1998), window());
        timeline.beginDrag(TimelineViewModel.Grip.END, 1999);
        timeline.dragTo(2004);
        assertEquals(List.of(1998, 2003), window());
    }

    @Test
    void opensOnTheYearsWhereMostItemsLieNotTheOutlier() {
        assertTrue(timeline.viewFromProperty().get() > 1900, "view starts at " + timeline.viewFromProperty().get());
        assertTrue(timeline.viewToProperty().get() >= 2009);
        // The window itself still spans every dated item.
        assertEquals(List.of(1850, 2009), window());
    }

    @Test
    void zoomingKeepsTheYearUnderTheCursorInPlace() {
        double width = 1000;
        double x = 300;
        double year = timeline.yearAt(x, width);
        timeline.zoom(year, 0.5);
        assertEquals(x, timeline.xOf(year, width), 1e-6);
        double before = timeline.viewToProperty().get() - timeline.viewFromProperty().get();
        timeline.zoom(year, 0.5);
        assertEquals(before / 2, timeline.viewToProperty().get() - timeline.viewFromProperty().get(), 1e-6);
    }

    @Test
    void zoomingOutStopsAtTheWholeSpan() {
        timeline.zoom(1990, 1000);
        assertEquals(1850, timeline.viewFromProperty().get(), 1e-9);
        assertEquals(2010, timeline.viewToProperty().get(), 1e-9);
    }

    @Test
    void whilePlayingTheViewFollowsTheWindow() {
        timeline.zoom(1995, 0.1);
        timeline.playingProperty().set(true);
        timeline.type("2005–2007");
        assertTrue(timeline.viewToProperty().get() >= 2008);
    }

    @Test
    void theUndatedHintComesOnceWhenTheWindowFirstMoves() {
        assertFalse(timeline.hintShowingProperty().get());
        timeline.type("1992–1998");
        assertTrue(timeline.hintShowingProperty().get());
        timeline.dismissHint();
        timeline.type("1993–1998");
        assertFalse(timeline.hintShowingProperty().get());
        assertEquals("2 undated", timeline.undatedText());
    }

    @Test
    void theLaneShowsTheLifespanAndEachDatedTieOnRowsThatDoNotOverlap() {
        timeline.showLane(graph, graph.entity("fat"));
        List<LaneBar> bars = timeline.lane();
        LaneBar life = bars.get(0);
        assertTrue(life.entity());
        assertEquals(0, life.row());
        assertEquals(1960, life.from(), 1e-9);
        assertEquals(2010, life.to(), 1e-9);
        // Four dated ties: "early" (1980–85) and "later" (1986–90) share a row; "partner" and "files" overlap it.
        assertEquals(5, bars.size());
        LaneBar early = bar("early");
        LaneBar later = bar("later");
        assertEquals(early.row(), later.row());
        assertTrue(bar("partner").row() != bar("files").row());
        assertEquals(1994 + 31.0 / 365, bar("files").from(), 1e-9);
        assertEquals(1996, bar("files").to(), 1e-9);
        assertTrue(bar("partner").text().startsWith("partner of UE, 1992"), bar("partner").text());
        assertEquals("FAT, 1 undated tie", timeline.laneTitleProperty().get());
        assertTrue(bar("partner").typeIndex() != bar("files").typeIndex());
    }

    @Test
    void noSelectionEmptiesTheLane() {
        timeline.showLane(graph, graph.entity("fat"));
        timeline.showLane(graph, Optional.empty());
        assertTrue(timeline.lane().isEmpty());
        assertEquals("", timeline.laneTitleProperty().get());
    }

    private LaneBar bar(String id) {
        return timeline.lane().stream().filter(b -> b.itemId().equals(id)).findFirst().orElseThrow();
    }

    private List<Integer> window() {
        return List.of(filters.window().firstYear(), filters.window().lastYear());
    }

    @Test
    void eachBrushMoveComputesTheVisibleSetOnceAsTheExplorerWiresIt() {
        filters.setWindow(1992, 1996);
        long before = graph.visibleComputations();

        timeline.beginDrag(TimelineViewModel.Grip.MOVE, 1994.5);
        timeline.dragTo(1995.5);

        assertEquals(before + 1, graph.visibleComputations());
        assertEquals(Set.of("ue", "fat", "complaint", "loose", "e1993", "e1994", "e1995", "e1996", "e1997"),
                filters.visible().entityIds());
        timeline.dragTo(1995.7); // the same whole year: nothing to compute again
        assertEquals(before + 1, graph.visibleComputations());
        timeline.dragTo(1996.5);
        assertEquals(before + 2, graph.visibleComputations());
        timeline.endDrag();
    }

    @Test
    void aBrushMoveOrAnArrowKeyIsOneChangeOfTheWindowThoughBothEndsMove() {
        filters.setWindow(1992, 1996);
        long before = timeline.windowChangesProperty().get();

        timeline.beginDrag(TimelineViewModel.Grip.MOVE, 1994.5);
        timeline.dragTo(1995.5);
        timeline.endDrag();
        assertEquals(before + 1, timeline.windowChangesProperty().get());
        timeline.moveBy(1);
        assertEquals(before + 2, timeline.windowChangesProperty().get());
        assertEquals("1994–1998", timeline.windowTextProperty().get());
    }
}

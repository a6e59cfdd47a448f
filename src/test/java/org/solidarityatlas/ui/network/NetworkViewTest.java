package org.solidarityatlas.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.graphstream.graph.Element;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.solidarityatlas.model.EntityType;
import org.solidarityatlas.model.Subgraph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

    private static final Set<String> ALL_ENTITIES = Set.of("ue", "fat", "soa", "nao", "loner");
    private static final Set<String> ALL_RELATIONSHIPS = Set.of("r1", "r2", "r3", "r4");

    private final Subgraph small = SampleNetwork.small();
    private NetworkView view;
    private Stage stage;
    private final List<String> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new NetworkView();
        view.setOnEntityClicked(id -> events.add("entity " + id));
        view.setOnRelationshipClicked(id -> events.add("relationship " + id));
        view.setOnBackgroundClicked(() -> events.add("background"));
        view.setOnEntityHovered(id -> events.add("hover " + id.orElse("none")));
        stage.setScene(new Scene(view.node(), 800, 600));
        // A test may have resized the shared stage.
        stage.sizeToScene();
        stage.show();
    }

    @BeforeEach
    void showSmallNetwork() throws Exception {
        fx(() -> {
            view.show(small);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(view::isLayoutSettled));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void dispose() {
        fx(() -> {
            view.dispose();
            return null;
        });
    }

    @Test
    void showingASubgraphDrawsOneNodePerEntityAndOneEdgePerRelationship() {
        GraphicGraph drawn = fx(view::graphicGraph);
        assertEquals(ALL_ENTITIES, ids(drawn.nodes().map(n -> (Element) n).toList()));
        assertEquals(ALL_RELATIONSHIPS, ids(drawn.edges().map(e -> (Element) e).toList()));
        assertEquals(ALL_ENTITIES, fx(view::visibleEntityIds));
    }

    @Test
    void applyVisibilityHidesExactlyTheHiddenEntitiesAndTheirRelationships() {
        fx(() -> {
            view.applyVisibility(Set.of("ue", "soa", "nao", "loner"), ALL_RELATIONSHIPS);
            return null;
        });
        GraphicGraph drawn = fx(view::graphicGraph);
        assertEquals(Set.of("fat"), hiddenIds(drawn.nodes().map(n -> (GraphicElement) n).toList()));
        assertEquals(Set.of("r2", "r4"), hiddenIds(drawn.edges().map(e -> (GraphicElement) e).toList()));
        assertEquals(Set.of("r1", "r3"), fx(view::visibleRelationshipIds));
    }

    @Test
    void applyVisibilityHidesRelationshipsLeftOutEvenWhenBothEndsShow() {
        fx(() -> {
            view.applyVisibility(ALL_ENTITIES, Set.of("r1", "r2", "r4"));
            return null;
        });
        GraphicGraph drawn = fx(view::graphicGraph);
        assertEquals(Set.of(), hiddenIds(drawn.nodes().map(n -> (GraphicElement) n).toList()));
        assertEquals(Set.of("r3"), hiddenIds(drawn.edges().map(e -> (GraphicElement) e).toList()));
    }

    @Test
    void applyVisibilityShowsAgainWithoutRebuildingTheGraph() {
        Object nodeBefore = fx(() -> view.graphicGraph().getNode("fat"));
        fx(() -> {
            view.applyVisibility(Set.of("ue"), Set.of());
            view.applyVisibility(ALL_ENTITIES, ALL_RELATIONSHIPS);
            return null;
        });
        GraphicGraph drawn = fx(view::graphicGraph);
        assertSame(nodeBefore, drawn.getNode("fat"));
        assertEquals(Set.of(), hiddenIds(drawn.edges().map(e -> (GraphicElement) e).toList()));
        assertEquals(ALL_ENTITIES, fx(view::visibleEntityIds));
    }

    @Test
    void clickingANodeReportsItsEntity(FxRobot robot) {
        robot.clickOn(onScreen("soa"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(events.contains("entity soa"), events.toString());
    }

    @Test
    void clickingAnEdgeReportsItsRelationship(FxRobot robot) {
        Point2D soa = onScreen("soa");
        Point2D nao = onScreen("nao");
        robot.clickOn(soa.midpoint(nao));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("relationship r3"), clicks());
    }

    @Test
    void clickingEmptySpaceReportsTheBackground(FxRobot robot) {
        Point2D corner = fx(() -> view.node().localToScreen(4, 4));
        robot.clickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("background"), clicks());
    }

    @Test
    void hoveringANodeReportsItsEntity(FxRobot robot) {
        robot.moveTo(onScreen("ue"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(events.contains("hover ue"), events.toString());
        assertTrue(fx(() -> view.entityClasses("ue")).startsWith("hovered"));
    }

    @Test
    void hoveringAnEdgeReportsItsRelationshipAndLabelsIt(FxRobot robot) {
        List<String> hovered = new ArrayList<>();
        fx(() -> {
            view.setOnRelationshipHovered(id -> hovered.add(id.orElse("none")));
            return null;
        });
        robot.moveTo(onScreen("soa").midpoint(onScreen("nao")));
        WaitForAsyncUtils.waitForFxEvents();
        // The mouse glides there and may cross other edges on the way: the last one reported counts.
        assertEquals("r3", hovered.get(hovered.size() - 1), hovered.toString());
        assertEquals("hovered", fx(() -> view.relationshipClasses("r3")));
    }

    @Test
    void hoveringANodeShowsTheTooltipTextGivenForIt(FxRobot robot) {
        fx(() -> {
            view.setEntityTooltip(id -> "About " + id);
            return null;
        });
        robot.moveTo(onScreen("fat"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("About fat"), robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).toList());
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorInPlace(FxRobot robot) {
        Point2D nao = onScreen("nao");
        double zoomBefore = fx(() -> view.camera().zoom());
        robot.moveTo(nao).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> view.camera().zoom()) != zoomBefore, "the wheel changed the zoom");
        Point2D after = onScreen("nao");
        assertEquals(nao.getX(), after.getX(), 2);
        assertEquals(nao.getY(), after.getY(), 2);
    }

    @Test
    void showingAnotherSubgraphReplacesTheFirst() throws Exception {
        Thread firstLayout = fx(() -> view.layoutThread().orElseThrow());
        fx(() -> {
            view.show(new SampleNetwork()
                    .entity("a", EntityType.PERSON, "Ana", null, null)
                    .entity("b", EntityType.EVENT, "Strike", "1994", null)
                    .link("x", "took_part_in", "a", "b")
                    .subgraph());
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(view::isLayoutSettled));
        GraphicGraph drawn = fx(view::graphicGraph);
        assertEquals(Set.of("a", "b"), ids(drawn.nodes().map(n -> (Element) n).toList()));
        assertEquals(Set.of("x"), ids(drawn.edges().map(e -> (Element) e).toList()));
        firstLayout.join(5_000);
        assertFalse(firstLayout.isAlive(), "the first layout's thread ended");
        Thread secondLayout = fx(() -> view.layoutThread().orElseThrow());
        assertNotSame(firstLayout, secondLayout);
        assertTrue(secondLayout.isAlive(), "the second layout waits for drags");
    }

    @Test
    void showingAnotherPartKeepingPlacesLeavesEntitiesShownBeforeWhereTheyWere() {
        double[] ueBefore = xy("ue");
        double[] fatBefore = xy("fat");
        // Read in the same JavaFX turn: the layout carries on from these places and may move them afterwards.
        double[][] after = fx(() -> {
            view.showKeepingPlaces(new SampleNetwork()
                    .entity("ue", EntityType.UNION, "UE", "1936", null)
                    .entity("fat", EntityType.UNION, "FAT", "1960", null)
                    .entity("new", EntityType.PERSON, "Newcomer", null, null)
                    .link("r4", "partner_of", "ue", "fat")
                    .link("n1", "member_of", "new", "ue")
                    .subgraph());
            return new double[][] {xyNow("ue"), xyNow("fat")};
        });
        double[] ueAfter = after[0];
        double[] fatAfter = after[1];
        assertEquals(ueBefore[0], ueAfter[0], 1e-9);
        assertEquals(ueBefore[1], ueAfter[1], 1e-9);
        assertEquals(fatBefore[0], fatAfter[0], 1e-9);
        assertEquals(fatBefore[1], fatAfter[1], 1e-9);
        assertEquals(Set.of("ue", "fat", "new"),
                ids(fx(view::graphicGraph).nodes().map(n -> (Element) n).toList()));
    }

    @Test
    void aLargeNetworkBuiltOverSeveralFramesKeepsFiltersSetMeanwhile() throws Exception {
        Subgraph large = SampleNetwork.generated(2_000);
        Set<String> shown = large.entities().stream().map(e -> e.id()).filter(id -> !id.equals("e0"))
                .collect(Collectors.toSet());
        Set<String> relationships = large.relationships().stream().map(r -> r.id()).collect(Collectors.toSet());
        Set<String> touchingE0 = large.relationships().stream()
                .filter(r -> r.from().equals("e0") || r.to().equals("e0")).map(r -> r.id())
                .collect(Collectors.toSet());
        int builtAtOnce = fx(() -> {
            view.show(large);
            view.applyVisibility(shown, relationships);
            return view.graphicGraph().getNodeCount();
        });
        assertTrue(builtAtOnce < large.entities().size(), "built over several frames: " + builtAtOnce);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> fx(() -> view.graphicGraph().getEdgeCount()) == large.relationships().size());
        GraphicGraph drawn = fx(view::graphicGraph);
        assertEquals(Set.of("e0"), hiddenIds(drawn.nodes().map(n -> (GraphicElement) n).toList()));
        assertEquals(touchingE0, hiddenIds(drawn.edges().map(e -> (GraphicElement) e).toList()));
    }

    @Test
    void disposeEndsTheLayoutThread() throws Exception {
        Thread layout = fx(() -> view.layoutThread().orElseThrow());
        assertTrue(layout.isAlive(), "the settled layout's thread waits for drags");
        fx(() -> {
            view.dispose();
            return null;
        });
        layout.join(5_000);
        assertFalse(layout.isAlive(), "the layout's thread ended");
        assertEquals(Optional.empty(), fx(view::layoutThread));
    }

    @Test
    void aLayoutThatFailsLeavesTheViewSettledWithItsError() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        LayoutEngine failing = (ids, from, to, start, listener) -> {
            Thread thread = new Thread(() -> listener.failed(boom), "failing-layout");
            thread.start();
            return new LayoutEngine.Running() {
                @Override
                public void pin(int node, double x, double y) {
                }

                @Override
                public void stop() {
                }
            };
        };
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> settled = new java.util.concurrent.CopyOnWriteArrayList<>();
        NetworkView failed = fx(() -> {
            NetworkView other = new NetworkView(failing);
            other.setOnLayoutFailed(failures::add);
            other.setOnLayoutSettled(() -> settled.add("settled"));
            other.show(small);
            return other;
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(failed::isLayoutSettled));
            assertEquals(Optional.of(boom), fx(failed::layoutFailure));
            assertEquals(List.of(boom), failures);
            assertEquals(List.of(), settled);
        } finally {
            fx(() -> {
                failed.dispose();
                return null;
            });
        }
    }

    @Test
    void aSettledLayoutHasNoFailure() {
        assertEquals(Optional.empty(), fx(view::layoutFailure));
    }

    @Test
    void draggingANodeLeavesItWhereItWasDropped(FxRobot robot) {
        Point2D before = onScreen("nao");
        robot.drag(before).moveBy(60, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = onScreen("nao");
        assertEquals(before.getX() + 60, after.getX(), 3);
        assertEquals(before.getY() + 40, after.getY(), 3);
        assertFalse(clicks().contains("entity nao"));
    }

    @Test
    void draggingEmptySpacePansTheView(FxRobot robot) {
        Point2D before = onScreen("ue");
        Point2D corner = fx(() -> view.node().localToScreen(4, 4));
        robot.drag(corner).moveBy(50, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = onScreen("ue");
        assertEquals(before.getX() + 50, after.getX(), 3);
        assertEquals(before.getY() + 30, after.getY(), 3);
    }

    @Test
    void selectionMarksTheSelectedAndHighlightedAndDimsTheRest() {
        fx(() -> {
            view.setSelection(Optional.of("ue"), Set.of("soa", "fat"), Set.of("r1", "r4"));
            return null;
        });
        assertEquals("selected, union", fx(() -> view.entityClasses("ue")));
        assertEquals("highlighted, alliance", fx(() -> view.entityClasses("soa")));
        assertEquals("campaign_dimmed, dimmed, campaign", fx(() -> view.entityClasses("nao")));
        assertEquals("labelled, highlighted", fx(() -> view.relationshipClasses("r1")));
        assertEquals("dimmed", fx(() -> view.relationshipClasses("r3")));
        assertEquals("selected, union", fx(() -> view.graphicGraph().getNode("ue").getAttribute("ui.class")));
    }

    @Test
    void emptySelectionClearsTheDimming() {
        fx(() -> {
            view.setSelection(Optional.of("ue"), Set.of("soa"), Set.of("r1"));
            view.setSelection(Optional.empty(), Set.of(), Set.of());
            return null;
        });
        assertEquals("campaign", fx(() -> view.entityClasses("nao")));
        assertEquals("", fx(() -> view.relationshipClasses("r3")));
        assertEquals(null, fx(() -> view.graphicGraph().getEdge("r3").getAttribute("ui.class")));
    }

    @Test
    void changeMarksShowWhatJoinedAndWhatEnded() {
        fx(() -> {
            view.setChangeMarks(Set.of("nao", "r3"), Set.of("fat", "r4"));
            return null;
        });
        assertEquals("joined, campaign", fx(() -> view.entityClasses("nao")));
        assertEquals("ended, union", fx(() -> view.entityClasses("fat")));
        assertEquals("joined", fx(() -> view.relationshipClasses("r3")));
        assertEquals("ended", fx(() -> view.relationshipClasses("r4")));
        assertEquals("union", fx(() -> view.entityClasses("ue")));
    }

    @Test
    void glideToEndsAtTheTargetCamera() throws Exception {
        NetworkCamera target = fx(() -> view.cameraFitting(Set.of("nao")));
        fx(() -> {
            view.glideTo(target, javafx.util.Duration.millis(300));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(view::camera).equals(target));
    }

    @Test
    void savePngWritesAnImageAtTwiceTheViewSize(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("network.png");
        fx(() -> {
            view.savePng(file, 2);
            return null;
        });
        BufferedImage image = ImageIO.read(file.toFile());
        double width = fx(() -> view.node().getWidth());
        double height = fx(() -> view.node().getHeight());
        assertEquals(Math.round(width * 2), image.getWidth());
        assertEquals(Math.round(height * 2), image.getHeight());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void savePngDrawsEachNodeWhereItIsOnScreenAtTwiceTheScale(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("network.png");
        fx(() -> {
            view.savePng(file, 2);
            return null;
        });
        BufferedImage image = ImageIO.read(file.toFile());
        // SOA is an alliance: Okabe-Ito vermillion.
        Point2D soa = fx(() -> view.entityPositionInView("soa").orElseThrow());
        int rgb = image.getRGB((int) Math.round(soa.getX() * 2), (int) Math.round(soa.getY() * 2)) & 0xFFFFFF;
        assertEquals(0xD55E00, rgb, () -> Integer.toHexString(rgb));
    }

    @Test
    void fitAfterTheViewIsResizedFramesEveryNodeAndFillsTheNewShape() {
        fx(() -> {
            view.zoomBy(3);
            stage.setWidth(1000);
            stage.setHeight(300);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            view.fit();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double width = fx(() -> view.node().getWidth());
        double height = fx(() -> view.node().getHeight());
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (String id : ALL_ENTITIES) {
            Point2D p = fx(() -> view.entityPositionInView(id).orElseThrow());
            assertTrue(p.getX() >= 0 && p.getX() <= width && p.getY() >= 0 && p.getY() <= height,
                    id + " at " + p + " in a view " + width + " x " + height);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        // Framed for the new shape: the network spans most of the view along one axis at least.
        assertTrue(maxX - minX > width / 2 || maxY - minY > height / 2,
                "spans " + (maxX - minX) + " x " + (maxY - minY) + " of " + width + " x " + height);
    }

    @Test
    void zoomByBringsTheViewCloser() {
        double before = fx(() -> view.camera().zoom());
        fx(() -> {
            view.zoomBy(2);
            return null;
        });
        assertEquals(before / 2, fx(() -> view.camera().zoom()), 1e-9);
    }

    @Test
    void plusKeyZoomsInAndArrowKeysPan(FxRobot robot) {
        double zoomBefore = fx(() -> view.camera().zoom());
        robot.clickOn(fx(() -> view.node().localToScreen(4, 4)));
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomBefore / 1.25, fx(() -> view.camera().zoom()), 1e-9);
        Point2D before = onScreen("ue");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = onScreen("ue");
        assertEquals(before.getX() + 60, after.getX(), 2);
        assertEquals(before.getY(), after.getY(), 2);
    }

    @Test
    void centreOnPutsTheEntityInTheMiddleOfTheView() {
        fx(() -> {
            view.centreOn("nao");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D where = fx(() -> view.entityPositionInView("nao").orElseThrow());
        assertEquals(fx(() -> view.node().getWidth()) / 2, where.getX(), 1);
        assertEquals(fx(() -> view.node().getHeight()) / 2, where.getY(), 1);
    }

    @Test
    void settledLayoutLeavesItsThreadWaiting() throws Exception {
        Thread layout = fx(() -> view.layoutThread().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layout.getState() == Thread.State.WAITING);
        assertTrue(layout.isAlive());
    }

    private double[] xy(String entityId) {
        return fx(() -> xyNow(entityId));
    }

    /** Where the graphic graph has the entity's node, in layout units; call on the JavaFX thread. */
    private double[] xyNow(String entityId) {
        GraphicNode node = (GraphicNode) view.graphicGraph().getNode(entityId);
        return new double[] {node.getX(), node.getY()};
    }

    private Point2D onScreen(String entityId) {
        return fx(() -> view.node().localToScreen(view.entityPositionInView(entityId).orElseThrow()));
    }

    private List<String> clicks() {
        return events.stream().filter(e -> !e.startsWith("hover")).toList();
    }

    private static Set<String> ids(List<Element> elements) {
        return elements.stream().map(Element::getId).collect(Collectors.toSet());
    }

    private static Set<String> hiddenIds(List<GraphicElement> elements) {
        return elements.stream().filter(e -> e.hidden).map(Element::getId).collect(Collectors.toSet());
    }

    private static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

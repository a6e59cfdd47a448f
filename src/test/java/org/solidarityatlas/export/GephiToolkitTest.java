package org.solidarityatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.EntityType;

/**
 * Opens the exports with Gephi 0.10.1's own importer at its defaults (the toolkit, run headless), which is what
 * a user's Gephi does with File ▸ Open. It runs in its own Surefire execution (see pom.xml): the toolkit is one
 * jar holding old copies of many libraries, so it stays off the class path of every other test.
 */
class GephiToolkitTest {

    @TempDir
    Path folder;

    /** Two relationships of one type between the same entities, in the same direction, plus one of another type. */
    private static Dataset parallelRelationships() {
        return ExportFixtures.withEntities(
                List.of(ExportFixtures.entity("local-7", EntityType.UNION, "Local 7 of the Textile Workers",
                                List.of("L7"), List.of(), "1931", null, null, List.of(), List.of()),
                        ExportFixtures.entity("strike", EntityType.EVENT, "The Mill Strike", List.of(), List.of(),
                                "1934-09", null, null, List.of(), List.of())),
                List.of(ExportFixtures.relationship("a", "organizes", "local-7", "strike", null, "1934-09",
                                "1934-10", null, List.of()),
                        ExportFixtures.relationship("b", "organizes", "local-7", "strike", null, "1935", "1936",
                                null, List.of()),
                        ExportFixtures.relationship("c", "supports", "local-7", "strike", null, null, null, null,
                                List.of())));
    }

    private static Dataset bundled() {
        return new DatasetReader().read(Path.of("seeds/ue-fat-alliance.json")).dataset().orElseThrow();
    }

    private static GraphModel openInGephi(Path file) {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        try {
            Container container = importer.importFile(new File(file.toString()));
            importer.process(container, new DefaultProcessor(), workspace);
        } catch (Exception e) {
            throw new AssertionError("Gephi could not open " + file + ": " + e, e);
        }
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        projects.closeCurrentProject();
        return model;
    }

    private Path gexf(Dataset dataset) throws Exception {
        Path file = folder.resolve("graph.gexf");
        new GexfWriter().write(dataset, file);
        return file;
    }

    private Path graphMl(Dataset dataset) throws Exception {
        Path file = folder.resolve("graph.graphml");
        new GraphMlWriter().write(dataset, file);
        return file;
    }

    private static LocalDate day(double gephiTime) {
        return Instant.ofEpochMilli((long) gephiTime).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Map<String, String> labels(Graph graph) {
        return StreamSupport.stream(graph.getNodes().spliterator(), false)
                .collect(Collectors.toMap(n -> n.getId().toString(), Node::getLabel));
    }

    @Test
    void gephiKeepsParallelRelationshipsOfOneTypeFromGexf() throws Exception {
        Graph graph = openInGephi(gexf(parallelRelationships())).getGraph();

        assertEquals(2, graph.getNodeCount());
        assertEquals(3, graph.getEdgeCount());
    }

    @Test
    void gephiKeepsParallelRelationshipsOfOneTypeFromGraphMl() throws Exception {
        Graph graph = openInGephi(graphMl(parallelRelationships())).getGraph();

        assertEquals(3, graph.getEdgeCount());
    }

    @Test
    void gephiOpensEveryRelationshipOfTheBundledDatasetFromGexf() throws Exception {
        // 128 entities and 288 relationships, counted in seeds/ue-fat-alliance.json.
        Graph graph = openInGephi(gexf(bundled())).getGraph();

        assertEquals(128, graph.getNodeCount());
        assertEquals(288, graph.getEdgeCount());
    }

    @Test
    void gephiOpensEveryRelationshipOfTheBundledDatasetFromGraphMl() throws Exception {
        Graph graph = openInGephi(graphMl(bundled())).getGraph();

        assertEquals(128, graph.getNodeCount());
        assertEquals(288, graph.getEdgeCount());
    }

    @Test
    void gephiShowsNamesAsNodeLabelsFromGraphMl() throws Exception {
        Graph graph = openInGephi(graphMl(parallelRelationships())).getGraph();

        assertEquals(Map.of("local-7", "Local 7 of the Textile Workers", "strike", "The Mill Strike"),
                labels(graph));
    }

    @Test
    void gephiShowsNamesAsNodeLabelsFromGexf() throws Exception {
        Graph graph = openInGephi(gexf(parallelRelationships())).getGraph();

        assertEquals(Map.of("local-7", "Local 7 of the Textile Workers", "strike", "The Mill Strike"),
                labels(graph));
    }

    @Test
    void gephiReadsTheGexfAsATimelineWithEachRelationshipsDays() throws Exception {
        GraphModel model = openInGephi(gexf(parallelRelationships()));
        Edge second = StreamSupport.stream(model.getGraph().getEdges().spliterator(), false)
                .filter(e -> e.getId().toString().equals("b")).findFirst().orElseThrow();
        Interval[] intervals = second.getIntervals();

        assertTrue(model.isDynamic());
        assertEquals(1, intervals.length);
        // "1935" to "1936": from the first day of 1935 through the last day of 1936.
        assertEquals(LocalDate.of(1935, 1, 1), day(intervals[0].getLow()));
        assertEquals(LocalDate.of(1936, 12, 31), day(intervals[0].getHigh()));
    }
}

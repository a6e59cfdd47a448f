package org.solidarityatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.solidarityatlas.format.DatasetReader;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.EntityType;
import org.w3c.dom.Element;

/**
 * Pins why Gephi 0.10 lost relationships and node names, and that the exports no longer give it cause to.
 * From Gephi 0.10.1's importer ({@link GephiToolkitTest} runs it on the exports): {@code DefaultProcessor}
 * merges an edge into an earlier one when {@code graph.getEdge(source, target, type)} finds one, and at the
 * default merge strategy (SUM) the merged edge keeps the first id and takes the later attributes. The edge
 * type is the GEXF edge's {@code kind} attribute, or the GraphML edge element's {@code label} attribute; without
 * them every edge has the same (null) type, so any two relationships between the same entities in the same
 * direction became one. {@code ImporterGraphML} takes a node's label from the key whose attr.name is
 * {@code label}, and shows the id when there is none.
 */
class GephiFidelityTest {

    private static Dataset bundled() {
        return new DatasetReader().read(Path.of("seeds/ue-fat-alliance.json")).dataset().orElseThrow();
    }

    private static ParsedXml gexf(Dataset dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(dataset, out);
        return ParsedXml.parse(out.toByteArray(), GexfWriter.NAMESPACE);
    }

    private static ParsedXml graphMl(Dataset dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphMlWriter().write(dataset, out);
        return ParsedXml.parse(out.toByteArray(), GraphMlWriter.NAMESPACE);
    }

    /** The edges Gephi keeps: one per distinct (source, target, type). */
    private static int edgesGephiKeeps(List<Element> edges, String typeAttribute) {
        Set<List<String>> kept = new HashSet<>();
        for (Element edge : edges) {
            kept.add(List.of(edge.getAttribute("source"), edge.getAttribute("target"),
                    edge.getAttribute(typeAttribute)));
        }
        return kept.size();
    }

    @Test
    void bundledDatasetHasParallelRelationshipsGephiWouldMerge() {
        Dataset dataset = bundled();

        long pairs = dataset.relationships().stream().map(r -> r.from() + " " + r.to()).distinct().count();

        // Counted in seeds/ue-fat-alliance.json: 288 relationships between 280 ordered pairs of entities (the
        // issue's 7 of 285 were counted before the dataset's corrections).
        assertEquals(288, dataset.relationships().size());
        assertEquals(288 - 8, pairs);
    }

    @Test
    void gexfEdgesDifferInSourceTargetOrKindSoGephiKeepsEveryRelationship() throws Exception {
        List<Element> edges = gexf(bundled()).all("edge");

        assertEquals(288, edges.size());
        assertEquals(288, edgesGephiKeeps(edges, "kind"));
    }

    @Test
    void graphMlEdgesDifferInSourceTargetOrLabelSoGephiKeepsEveryRelationship() throws Exception {
        List<Element> edges = graphMl(bundled()).all("edge");

        assertEquals(288, edges.size());
        assertEquals(288, edgesGephiKeeps(edges, "label"));
    }

    @Test
    void repeatedRelationshipsOfOneTypeGetNumberedKinds() throws Exception {
        Dataset dataset = ExportFixtures.withEntities(
                List.of(ExportFixtures.entity("ue", EntityType.UNION, "UE", List.of(), List.of(), null, null, null,
                                List.of(), List.of()),
                        ExportFixtures.entity("nao", EntityType.EVENT, "NAO", List.of(), List.of(), null, null, null,
                                List.of(), List.of())),
                List.of(ExportFixtures.relationship("a", "files", "ue", "nao", null, "1994", null, null, List.of()),
                        ExportFixtures.relationship("b", "files", "ue", "nao", null, "1995", null, null, List.of()),
                        ExportFixtures.relationship("c", "supports", "ue", "nao", null, null, null, null, List.of())));

        List<String> kinds = gexf(dataset).all("edge").stream().map(e -> e.getAttribute("kind")).toList();

        assertEquals(List.of("files", "files #2", "supports"), kinds);
    }

    @Test
    void graphMlNodesCarryTheirNamesUnderTheLabelKey() throws Exception {
        Dataset dataset = bundled();
        ParsedXml xml = graphMl(dataset);
        String labelKey = xml.all("key").stream()
                .filter(k -> k.getAttribute("for").equals("node") && k.getAttribute("attr.name").equals("label"))
                .map(k -> k.getAttribute("id")).findFirst().orElseThrow();

        Map<String, String> labels = xml.all("node").stream().collect(Collectors.toMap(n -> n.getAttribute("id"),
                n -> xml.within(n, "data").stream().filter(d -> d.getAttribute("key").equals(labelKey))
                        .map(Element::getTextContent).findFirst().orElse("")));

        assertEquals(dataset.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name)), labels);
    }
}

package org.solidarityatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Relationship;

/**
 * Writes a dataset as GraphML, the graph format yEd, Cytoscape and NetworkX read. Every property becomes a
 * declared string {@code <key>}; entities are nodes, relationships directed edges carrying their ids.
 * Absent properties are left out rather than written empty. For Gephi, nodes carry their name under a
 * {@code label} key and edges a {@code label} attribute holding their kind (see
 * {@link ExportedGraph#edgeKinds}), so that parallel relationships stay apart.
 */
public final class GraphMlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    static final String SCHEMA_LOCATION = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final List<Property<Dataset>> GRAPH = List.of(
            new Property<>("title", Dataset::title),
            new Property<>("description", Dataset::description),
            new Property<>("language", Dataset::language));

    /** The name again under the key Gephi takes node labels from ("label"); other readers see one more key. */
    private static final List<Property<Entity>> NODE_LABEL = List.of(new Property<>("label", Entity::name));

    /** Writes the file atomically: readers see the old file or the whole new one. */
    public void write(Dataset dataset, Path file) throws IOException {
        ExportedGraph.requireConsistent(dataset);
        AtomicFile.write(file, out -> write(dataset, out));
    }

    /** Writes to the stream and flushes it; the stream is left open. */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        ExportedGraph.requireConsistent(dataset);
        try {
            XmlOutput xml = XmlOutput.begin(out);
            xml.start("graphml")
                    .defaultNamespace(NAMESPACE)
                    .namespace("xsi", XSI)
                    .attribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
            List<Property<Dataset>> graph = graphProperties(dataset);
            List<Property<Entity>> node = Property.entity(dataset);
            List<Property<Relationship>> edge = Property.relationship(dataset);
            declareKeys(xml, "graph", graph);
            declareKeys(xml, "node", NODE_LABEL);
            declareKeys(xml, "node", node);
            declareKeys(xml, "edge", edge);
            xml.start("graph").attribute("id", "G").attribute("edgedefault", "directed");
            writeData(xml, "graph", graph, dataset);
            for (Entity entity : dataset.entities()) {
                xml.start("node").attribute("id", entity.id());
                writeData(xml, "node", NODE_LABEL, entity);
                writeData(xml, "node", node, entity);
                xml.end();
            }
            List<String> kinds = ExportedGraph.edgeKinds(dataset);
            for (int i = 0; i < dataset.relationships().size(); i++) {
                Relationship relationship = dataset.relationships().get(i);
                // Gephi reads an edge's kind from a "label" attribute of the element (not from a key).
                xml.start("edge")
                        .attribute("id", relationship.id())
                        .attribute("source", relationship.from())
                        .attribute("target", relationship.to())
                        .attribute("label", kinds.get(i));
                writeData(xml, "edge", edge, relationship);
                xml.end();
            }
            xml.end().end().finish();
        } catch (XMLStreamException e) {
            throw XmlOutput.asIoException(e);
        }
    }

    private static List<Property<Dataset>> graphProperties(Dataset dataset) {
        List<Property<Dataset>> properties = new ArrayList<>(GRAPH);
        for (String language : dataset.translations().languages()) {
            properties.add(Property.translated("title", language, Dataset::translations));
            properties.add(Property.translated("description", language, Dataset::translations));
        }
        return properties;
    }

    /** The key id of a property: distinct per element kind, since nodes and edges both have e.g. "type". */
    static String keyId(String forElement, String propertyName) {
        return forElement + "_" + propertyName;
    }

    private static <T> void declareKeys(XmlOutput xml, String forElement, List<Property<T>> properties)
            throws XMLStreamException {
        for (Property<T> property : properties) {
            xml.empty("key")
                    .attribute("id", keyId(forElement, property.name()))
                    .attribute("for", forElement)
                    .attribute("attr.name", property.name())
                    .attribute("attr.type", "string");
        }
    }

    private static <T> void writeData(XmlOutput xml, String forElement, List<Property<T>> properties, T item)
            throws XMLStreamException {
        for (Property<T> property : properties) {
            String value = property.of(item);
            if (value != null) {
                xml.leaf("data", "key", keyId(forElement, property.name()), value);
            }
        }
    }
}

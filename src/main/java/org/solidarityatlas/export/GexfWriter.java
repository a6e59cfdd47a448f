package org.solidarityatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.solidarityatlas.files.AtomicFile;
import org.solidarityatlas.model.Dataset;
import org.solidarityatlas.model.Entity;
import org.solidarityatlas.model.Lifespan;
import org.solidarityatlas.model.Relationship;

/**
 * Writes a dataset as GEXF 1.2 (the "1.2draft" schema that Gephi, NetworkX and sigma.js read) in dynamic mode:
 * every dated node and edge carries {@code start}/{@code end} days, so Gephi's timeline plays the history.
 * A start covers from the first day of its period and an end through the last day of its period; an event
 * without an end lasts its own period; an ongoing item has no {@code end}; an undated one has neither.
 * Each edge has a {@code kind} (see {@link ExportedGraph#edgeKinds}) so that Gephi keeps parallel
 * relationships apart; {@code kind} is GEXF 1.3's edge attribute, which readers of 1.2 ignore.
 */
public final class GexfWriter {

    static final String NAMESPACE = "http://www.gexf.net/1.2draft";
    static final String SCHEMA_LOCATION = NAMESPACE + " http://www.gexf.net/1.2draft/gexf.xsd";
    static final String VERSION = "1.2";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /*
     * Readers keep the XML attributes start, end, label and id under those very names (NetworkX overwrites an
     * attvalue of the same title with them), so the names become the node label, the edge id, and the written
     * partial dates are kept as start_date/end_date beside the intervals.
     */
    private static List<Property<Entity>> nodeAttributes(Dataset dataset) {
        return Property.entity(dataset).stream()
                .filter(p -> !p.name().equals("name"))
                .map(GexfWriter::avoidingTimeAttributes)
                .toList();
    }

    private static List<Property<Relationship>> edgeAttributes(Dataset dataset) {
        return Property.relationship(dataset).stream()
                .filter(p -> !p.name().equals("id"))
                .map(GexfWriter::avoidingTimeAttributes)
                .toList();
    }

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
            xml.start("gexf")
                    .defaultNamespace(NAMESPACE)
                    .namespace("xsi", XSI)
                    .attribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION)
                    .attribute("version", VERSION);
            xml.start("meta").leaf("creator", "Solidarity Atlas").leaf("description", dataset.title()).end();
            xml.start("graph")
                    .attribute("mode", "dynamic")
                    .attribute("defaultedgetype", "directed")
                    .attribute("timeformat", "date");
            List<Property<Entity>> nodeAttributes = nodeAttributes(dataset);
            List<Property<Relationship>> edgeAttributes = edgeAttributes(dataset);
            declareAttributes(xml, "node", "n", nodeAttributes);
            declareAttributes(xml, "edge", "e", edgeAttributes);
            xml.start("nodes");
            for (Entity entity : dataset.entities()) {
                xml.start("node").attribute("id", entity.id()).attribute("label", entity.name());
                writeInterval(xml, entity.lifespan());
                writeAttvalues(xml, "n", nodeAttributes, entity);
                xml.end();
            }
            xml.end();
            xml.start("edges");
            List<String> kinds = ExportedGraph.edgeKinds(dataset);
            for (int i = 0; i < dataset.relationships().size(); i++) {
                Relationship relationship = dataset.relationships().get(i);
                xml.start("edge")
                        .attribute("id", relationship.id())
                        .attribute("source", relationship.from())
                        .attribute("target", relationship.to())
                        .attribute("label", relationship.type())
                        .attribute("kind", kinds.get(i));
                writeInterval(xml, relationship.lifespan());
                writeAttvalues(xml, "e", edgeAttributes, relationship);
                xml.end();
            }
            xml.end();
            xml.end().end().finish();
        } catch (XMLStreamException e) {
            throw XmlOutput.asIoException(e);
        }
    }

    /** First day covered, for GEXF's {@code start}; empty when undated or open towards the past. */
    static Optional<String> startDay(Lifespan lifespan) {
        return lifespan.startDate().map(date -> date.firstDay().toString());
    }

    /** Last day covered, for GEXF's {@code end}; empty when undated or ongoing. */
    static Optional<String> endDay(Lifespan lifespan) {
        if (!lifespan.isDated() || lifespan.isOngoing()) {
            return Optional.empty();
        }
        return lifespan.lastDay().map(Object::toString);
    }

    private static void writeInterval(XmlOutput xml, Lifespan lifespan) throws XMLStreamException {
        Optional<String> start = startDay(lifespan);
        if (start.isPresent()) {
            xml.attribute("start", start.get());
        }
        Optional<String> end = endDay(lifespan);
        if (end.isPresent()) {
            xml.attribute("end", end.get());
        }
    }

    private static <T> Property<T> avoidingTimeAttributes(Property<T> property) {
        return switch (property.name()) {
            case "start" -> property.renamed("start_date");
            case "end" -> property.renamed("end_date");
            default -> property;
        };
    }

    /* Attribute ids are short codes (n0, e3) so that none collides with the column ids Gephi keeps for itself. */
    private static <T> void declareAttributes(XmlOutput xml, String attributeClass, String idPrefix,
            List<Property<T>> properties) throws XMLStreamException {
        xml.start("attributes").attribute("class", attributeClass).attribute("mode", "static");
        for (int i = 0; i < properties.size(); i++) {
            xml.empty("attribute")
                    .attribute("id", idPrefix + i)
                    .attribute("title", properties.get(i).name())
                    .attribute("type", "string");
        }
        xml.end();
    }

    private static <T> void writeAttvalues(XmlOutput xml, String idPrefix, List<Property<T>> properties, T item)
            throws XMLStreamException {
        boolean opened = false;
        for (int i = 0; i < properties.size(); i++) {
            String value = properties.get(i).of(item);
            if (value == null) {
                continue;
            }
            if (!opened) {
                xml.start("attvalues");
                opened = true;
            }
            xml.empty("attvalue").attribute("for", idPrefix + i).attribute("value", value);
        }
        if (opened) {
            xml.end();
        }
    }
}

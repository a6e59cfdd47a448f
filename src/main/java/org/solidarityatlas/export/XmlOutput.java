package org.solidarityatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streaming, indented XML document over the JDK's {@link XMLStreamWriter}. Containers are opened with
 * {@link #start} and closed with {@link #end}; leaves are written whole with {@link #empty} or {@link #leaf}.
 * Text that XML 1.0 cannot hold (control characters, unpaired surrogates) becomes U+FFFD, so the output
 * always parses.
 */
final class XmlOutput {

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private int depth;

    private XmlOutput(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Starts a UTF-8 document on the stream; {@link #finish()} flushes it and leaves the stream open. */
    static XmlOutput begin(OutputStream out) throws XMLStreamException {
        // The JDK's own writer: the service loader would pick any StAX library on the class path (fastexcel's
        // reader brings Aalto), and the output would then depend on which one came first.
        XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory()
                .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return new XmlOutput(writer);
    }

    XmlOutput start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
        return this;
    }

    /** An element without content; add its attributes with {@link #attribute} right after. */
    XmlOutput empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(name);
        return this;
    }

    /** An element holding only text. */
    XmlOutput leaf(String name, String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeCharacters(storable(text));
        xml.writeEndElement();
        return this;
    }

    XmlOutput leaf(String name, String attributeName, String attributeValue, String text)
            throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeAttribute(attributeName, storable(attributeValue));
        xml.writeCharacters(storable(text));
        xml.writeEndElement();
        return this;
    }

    XmlOutput attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, storable(value));
        return this;
    }

    XmlOutput defaultNamespace(String uri) throws XMLStreamException {
        xml.writeDefaultNamespace(uri);
        return this;
    }

    XmlOutput namespace(String prefix, String uri) throws XMLStreamException {
        xml.writeNamespace(prefix, uri);
        return this;
    }

    XmlOutput attribute(String prefix, String uri, String name, String value) throws XMLStreamException {
        xml.writeAttribute(prefix, uri, name, storable(value));
        return this;
    }

    XmlOutput end() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
        return this;
    }

    void finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.writeCharacters("\n");
        xml.flush();
        // Closing the XML writer releases its state only; the caller's stream stays open.
        xml.close();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** The text with every character XML 1.0 forbids replaced by U+FFFD. */
    static String storable(String text) {
        StringBuilder result = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (!allowedInXml(codePoint)) {
                if (result == null) {
                    result = new StringBuilder(text.length()).append(text, 0, i);
                }
                result.append('\uFFFD');
            } else if (result != null) {
                result.appendCodePoint(codePoint);
            }
            i += width;
        }
        return result == null ? text : result.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Unwraps the I/O failure an XML writer reports, so callers see the real cause. */
    static IOException asIoException(XMLStreamException e) {
        if (e.getNestedException() instanceof IOException io) {
            return io;
        }
        if (e.getCause() instanceof IOException io) {
            return io;
        }
        return new IOException("could not write XML: " + e.getMessage(), e);
    }
}

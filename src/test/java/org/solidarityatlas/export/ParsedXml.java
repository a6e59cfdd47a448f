package org.solidarityatlas.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An exported file parsed back with the JDK's namespace-aware DOM parser. */
final class ParsedXml {

    final Document document;
    private final String namespace;

    private ParsedXml(Document document, String namespace) {
        this.document = document;
        this.namespace = namespace;
    }

    static ParsedXml parse(byte[] bytes, String namespace) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        return new ParsedXml(document, namespace);
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Every element of that name in the document's namespace, in document order. */
    List<Element> all(String localName) {
        return children(document.getElementsByTagNameNS(namespace, localName));
    }

    List<Element> within(Element parent, String localName) {
        return children(parent.getElementsByTagNameNS(namespace, localName));
    }

    /** The element of that name whose {@code id} attribute is the given one. */
    Element withId(String localName, String id) {
        return all(localName).stream()
                .filter(e -> e.getAttribute("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no <" + localName + " id=\"" + id + "\">"));
    }

    /** Attribute name → value, for asserting on the whole set of attributes of one element. */
    static Map<String, String> attributes(Element element) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            var attribute = element.getAttributes().item(i);
            result.put(attribute.getNodeName(), attribute.getNodeValue());
        }
        return result;
    }

    private static List<Element> children(NodeList nodes) {
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}

package io.contacts.http.undertow.xml;

import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Driving adapter helper: indents what a StAX writer writes, two spaces per level, so that a response read
 * with curl looks like the seed's examples. Elements with text stay on one line, and an element that gets no
 * content at all is written self-closed ({@code <fax nil="true"/>}), as Rails wrote it: its start tag is held
 * back until the next call shows whether anything goes inside.
 */
final class IndentingXmlStreamWriter implements XMLStreamWriter {

    private final XMLStreamWriter out;
    /** Bit n: the open element at depth n has child elements, so its end tag goes on a line of its own. */
    private final BitSet hasChildren = new BitSet();
    private int depth;

    /** The start tag held back, as (prefix, namespace, local name); null when none is pending. */
    private String pendingLocalName;
    private String pendingPrefix;
    private String pendingNamespace;
    /** Its attributes, four strings each: prefix, namespace, local name, value (null prefix/namespace: none). */
    private String[] pendingAttributes = new String[16];
    private int pendingAttributeCount;

    IndentingXmlStreamWriter(XMLStreamWriter out) {
        this.out = out;
    }

    private void beforeStart() throws XMLStreamException {
        writePending(false);
        if (depth > 0) {
            hasChildren.set(depth - 1);
        }
        newLine(depth);
    }

    private void hold(String prefix, String namespaceURI, String localName) {
        pendingPrefix = prefix;
        pendingNamespace = namespaceURI;
        pendingLocalName = localName;
        pendingAttributeCount = 0;
        hasChildren.clear(depth);
        depth++;
    }

    /** Writes the held start tag, as an empty element when {@code empty}; nothing when none is held. */
    private void writePending(boolean empty) throws XMLStreamException {
        if (pendingLocalName == null) {
            return;
        }
        String localName = pendingLocalName;
        pendingLocalName = null;
        if (pendingNamespace == null) {
            if (empty) {
                out.writeEmptyElement(localName);
            } else {
                out.writeStartElement(localName);
            }
        } else if (empty) {
            out.writeEmptyElement(pendingPrefix, localName, pendingNamespace);
        } else {
            out.writeStartElement(pendingPrefix, localName, pendingNamespace);
        }
        for (int i = 0; i < pendingAttributeCount * 4; i += 4) {
            if (pendingAttributes[i + 1] == null) {
                out.writeAttribute(pendingAttributes[i + 2], pendingAttributes[i + 3]);
            } else {
                out.writeAttribute(pendingAttributes[i], pendingAttributes[i + 1], pendingAttributes[i + 2],
                        pendingAttributes[i + 3]);
            }
        }
        pendingAttributeCount = 0;
    }

    private void holdAttribute(String prefix, String namespaceURI, String localName, String value) {
        int at = pendingAttributeCount * 4;
        if (at + 4 > pendingAttributes.length) {
            pendingAttributes = Arrays.copyOf(pendingAttributes, pendingAttributes.length * 2);
        }
        pendingAttributes[at] = prefix;
        pendingAttributes[at + 1] = namespaceURI;
        pendingAttributes[at + 2] = localName;
        pendingAttributes[at + 3] = value;
        pendingAttributeCount++;
    }

    private void newLine(int level) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(level));
    }

    @Override
    public void writeStartElement(String localName) throws XMLStreamException {
        beforeStart();
        hold(null, null, localName);
    }

    @Override
    public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
        beforeStart();
        hold("", namespaceURI, localName);
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        beforeStart();
        hold(prefix, namespaceURI, localName);
    }

    @Override
    public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
        beforeStart();
        out.writeEmptyElement(namespaceURI, localName);
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        beforeStart();
        out.writeEmptyElement(prefix, localName, namespaceURI);
    }

    @Override
    public void writeEmptyElement(String localName) throws XMLStreamException {
        beforeStart();
        out.writeEmptyElement(localName);
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        depth--;
        if (pendingLocalName != null) {
            writePending(true);
            return;
        }
        if (hasChildren.get(depth)) {
            newLine(depth);
        }
        out.writeEndElement();
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        writePending(false);
        out.writeEndDocument();
        out.writeCharacters("\n");
    }

    @Override
    public void close() throws XMLStreamException {
        writePending(false);
        out.close();
    }

    @Override
    public void flush() throws XMLStreamException {
        writePending(false);
        out.flush();
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        if (pendingLocalName != null) {
            holdAttribute(null, null, localName, value);
        } else {
            out.writeAttribute(localName, value);
        }
    }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value)
            throws XMLStreamException {
        if (pendingLocalName != null) {
            holdAttribute(prefix, namespaceURI, localName, value);
        } else {
            out.writeAttribute(prefix, namespaceURI, localName, value);
        }
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        if (pendingLocalName != null) {
            holdAttribute("", namespaceURI, localName, value);
        } else {
            out.writeAttribute(namespaceURI, localName, value);
        }
    }

    @Override
    public void writeNamespace(String prefix, String namespaceURI) throws XMLStreamException {
        writePending(false);
        out.writeNamespace(prefix, namespaceURI);
    }

    @Override
    public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {
        writePending(false);
        out.writeDefaultNamespace(namespaceURI);
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        writePending(false);
        out.writeComment(data);
    }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException {
        writePending(false);
        out.writeProcessingInstruction(target);
    }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        writePending(false);
        out.writeProcessingInstruction(target, data);
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        writePending(false);
        out.writeCData(data);
    }

    @Override
    public void writeDTD(String dtd) throws XMLStreamException {
        writePending(false);
        out.writeDTD(dtd);
    }

    @Override
    public void writeEntityRef(String name) throws XMLStreamException {
        writePending(false);
        out.writeEntityRef(name);
    }

    @Override
    public void writeStartDocument() throws XMLStreamException {
        out.writeStartDocument();
    }

    @Override
    public void writeStartDocument(String version) throws XMLStreamException {
        out.writeStartDocument(version);
    }

    @Override
    public void writeStartDocument(String encoding, String version) throws XMLStreamException {
        out.writeStartDocument(encoding, version);
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        if (text.isEmpty()) {
            return; // no content: the element may still close itself
        }
        writePending(false);
        // A raw carriage return would reach the client as a line feed (parsers normalise line ends): &#13; keeps it.
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            out.writeCharacters(text.substring(from, cr));
            out.writeEntityRef("#13");
            from = cr + 1;
        }
        out.writeCharacters(from == 0 ? text : text.substring(from));
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
        writeCharacters(new String(text, start, len));
    }

    @Override
    public String getPrefix(String uri) throws XMLStreamException {
        return out.getPrefix(uri);
    }

    @Override
    public void setPrefix(String prefix, String uri) throws XMLStreamException {
        out.setPrefix(prefix, uri);
    }

    @Override
    public void setDefaultNamespace(String uri) throws XMLStreamException {
        out.setDefaultNamespace(uri);
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
        out.setNamespaceContext(context);
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return out.getNamespaceContext();
    }

    @Override
    public Object getProperty(String name) {
        return out.getProperty(name);
    }
}

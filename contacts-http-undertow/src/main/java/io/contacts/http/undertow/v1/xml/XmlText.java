package io.contacts.http.undertow.v1.xml;

import io.contacts.http.undertow.v1.representation.Member;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * Driving adapter XML writer: every document the API sends, built as text from the tables of members and sent as
 * UTF-8 — the declaration, two-space indentation, {@code type} attributes, {@code nil="true"} elements closed on
 * themselves, {@code &}, {@code <}, {@code >} escaped and a carriage return written {@code &#13;}, the shape of
 * docs/contacts.xsd and of the seed's examples. Text rather than JAXB: contacts are sent by the thousand, and
 * JAXB cost several times as much per document (docs/performance.md); JAXB's model of the same documents
 * ({@link XmlSchemaModel}) is what the schema is checked against. Escaping those four characters is enough: the
 * domain holds only text that XML 1.0 can carry.
 */
final class XmlText {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** A list's text is handed to the stream in batches of about this many characters. */
    private static final int BATCH = 8 * 1024;

    private final StringBuilder xml;
    private final OutputStream out;

    private XmlText(int capacity, OutputStream out) {
        this.xml = new StringBuilder(capacity).append(DECLARATION);
        this.out = out;
    }

    /** A document whose root holds one entity's members: {@code <contact>}, {@code <client>}, a {@code <hash>}. */
    static <T> void entity(String root, List<Member<T>> members, T entity, OutputStream out) throws IOException {
        XmlText text = new XmlText(768, out);
        text.entity(root, members, entity, "");
        text.send();
    }

    /** {@code <root type="array">}, one {@code <item>} per entity, sent in batches while the entities stream. */
    static <T> void list(String root, String item, List<Member<T>> members, Iterator<T> entities, OutputStream out)
            throws IOException {
        XmlText text = new XmlText(BATCH + 1024, out);
        if (!entities.hasNext()) {
            text.xml.append('<').append(root).append(" type=\"array\"/>\n");
            text.send();
            return;
        }
        text.xml.append('<').append(root).append(" type=\"array\">\n");
        Tags tags = new Tags(members, "    ");
        while (entities.hasNext()) {
            T entity = entities.next();
            text.start(item, "  ");
            for (int i = 0; i < tags.open.length; i++) {
                text.element(tags, i, members.get(i).textOf(entity));
            }
            text.end(item, "  ");
            if (text.xml.length() >= BATCH) {
                text.send();
            }
        }
        text.end(root, "").send();
    }

    /** A root holding two entities of their own, as who_am_i's {@code <hash>} holds company and user. */
    static <A, B> void pair(String root, String firstName, List<Member<A>> firstMembers, A first,
                            String secondName, List<Member<B>> secondMembers, B second, OutputStream out)
            throws IOException {
        XmlText text = new XmlText(768, out);
        text.start(root, "");
        text.entity(firstName, firstMembers, first, "  ");
        text.entity(secondName, secondMembers, second, "  ");
        text.end(root, "").send();
    }

    /** A root holding one plain text element per value, closed on itself when there is none. */
    static void texts(String root, String name, List<String> values, OutputStream out) throws IOException {
        XmlText text = new XmlText(256, out);
        if (values.isEmpty()) {
            text.xml.append('<').append(root).append("/>\n");
            text.send();
            return;
        }
        text.start(root, "");
        for (String value : values) {
            text.element("  ", name, null, value);
        }
        text.end(root, "").send();
    }

    private <T> void entity(String name, List<Member<T>> members, T entity, String indent) {
        String inner = indent + "  ";
        start(name, indent);
        for (int i = 0; i < members.size(); i++) {
            Member<T> member = members.get(i);
            element(inner, member.xmlName(), member.type().xmlType(), member.textOf(entity));
        }
        end(name, indent);
    }

    /** A list's element, from tags made once for the whole list. */
    private void element(Tags tags, int member, String value) {
        if (value == null) {
            xml.append(tags.nil[member]);
        } else {
            xml.append(tags.open[member]);
            escaped(value);
            xml.append(tags.close[member]);
        }
    }

    private void start(String name, String indent) {
        xml.append(indent).append('<').append(name).append(">\n");
    }

    private XmlText end(String name, String indent) {
        xml.append(indent).append("</").append(name).append(">\n");
        return this;
    }

    /** An absent value is the element marked nil and closed on itself, as Rails wrote it. */
    private void element(String indent, String name, String type, String value) {
        xml.append(indent).append('<').append(name);
        if (type != null) {
            xml.append(" type=\"").append(type).append('"');
        }
        if (value == null) {
            xml.append(" nil=\"true\"/>\n");
            return;
        }
        xml.append('>');
        escaped(value);
        xml.append("</").append(name).append(">\n");
    }

    private void escaped(String text) {
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        xml.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '\r' -> xml.append("&#13;");
                default -> xml.append(c);
            }
        }
    }

    /** A raw carriage return would reach the client as a line feed: XML parsers normalise line ends. */
    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == '\r';
    }

    private void send() throws IOException {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        xml.setLength(0);
    }

    /**
     * The members' tags at one indentation, made once per list rather than once per element: a list of contacts
     * was a quarter slower to write from the table than from hand-written appends until its tags were made once.
     */
    private static final class Tags {
        final String[] open;
        final String[] close;
        final String[] nil;

        <T> Tags(List<Member<T>> members, String indent) {
            open = new String[members.size()];
            close = new String[members.size()];
            nil = new String[members.size()];
            for (int i = 0; i < open.length; i++) {
                Member<T> member = members.get(i);
                String name = member.xmlName();
                String type = member.type().xmlType() == null ? "" : " type=\"" + member.type().xmlType() + "\"";
                open[i] = indent + "<" + name + type + ">";
                close[i] = "</" + name + ">\n";
                nil[i] = indent + "<" + name + type + " nil=\"true\"/>\n";
            }
        }
    }
}

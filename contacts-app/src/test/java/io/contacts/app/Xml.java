package io.contacts.app;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Reads values out of the service's XML answers with XPath, as a client would. */
public final class Xml {

    private Xml() {
    }

    public static String text(String xml, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, parse(xml));
        } catch (Exception e) {
            throw new AssertionError("not the XML expected: " + xml, e);
        }
    }

    public static int count(String xml, String xpath) {
        try {
            Double count = (Double) XPathFactory.newInstance().newXPath()
                    .evaluate("count(" + xpath + ")", parse(xml), XPathConstants.NUMBER);
            return count.intValue();
        } catch (Exception e) {
            throw new AssertionError("not the XML expected: " + xml, e);
        }
    }

    /** Every value the path selects, in document order, from one parse of a possibly long document. */
    public static List<String> texts(String xml, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(xpath, parse(xml), XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (Exception e) {
            throw new AssertionError("not the XML expected: " + xml, e);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}

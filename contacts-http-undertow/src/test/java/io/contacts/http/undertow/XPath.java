package io.contacts.http.undertow;

import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** Test support: reads values out of an XML response. */
final class XPath {

    private static final JAXPXPathEngine ENGINE = new JAXPXPathEngine();

    private XPath() {
    }

    static String value(String xml, String xpath) {
        return ENGINE.evaluate(xpath, Input.fromString(xml).build());
    }

    static int count(String xml, String xpath) {
        return Integer.parseInt(ENGINE.evaluate("count(" + xpath + ")", Input.fromString(xml).build()));
    }
}

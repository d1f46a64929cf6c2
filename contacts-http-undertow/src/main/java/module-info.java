/** Driving adapter: the Harvest v1 API over Undertow, in XML and JSON. Only the server and its settings are open. */
module io.contacts.http.undertow {
    requires transitive io.contacts.domain;
    requires transitive micrometer.core;
    requires undertow.core;
    requires xnio.api;
    requires jakarta.xml.bind;
    requires java.xml;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;
    requires com.googlecode.ezvcard;
    requires vinnie;
    requires org.apache.commons.csv;
    requires org.apache.commons.io;

    exports io.contacts.http.undertow;
    // The command line writes the same export files, and imports files, as the routes do.
    exports io.contacts.http.undertow.export to io.contacts.app;
    exports io.contacts.http.undertow.imports to io.contacts.app;

    // JAXB reads and writes its classes by reflection.
    opens io.contacts.http.undertow.v1.xml to jakarta.xml.bind;
}

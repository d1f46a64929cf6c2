/** The runnable service: wires the domain to its adapters, reads its configuration, offers the command line. */
module io.contacts.app {
    requires io.contacts.persistence.jooq;
    requires io.contacts.http.undertow;
    requires com.zaxxer.hikari;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires org.slf4j;
    requires micrometer.registry.prometheus;

    // picocli fills the commands' options by reflection.
    opens io.contacts.app.cli to info.picocli;
}

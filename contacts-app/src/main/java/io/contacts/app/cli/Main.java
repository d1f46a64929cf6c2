package io.contacts.app.cli;

import io.contacts.persistence.jooq.H2Urls;

/** Entry point of {@code java -jar contacts-app.jar}: the command line, {@code serve} by default. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Undertow and XNIO log through JBoss Logging; send it to SLF4J before either class loads.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // jOOQ greets with a banner and tips on first use; a service's log is no place for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The embedded store serves administration commands over TCP while serving: on loopback only.
        H2Urls.serveOnLoopbackOnly();
        // Exit explicitly: the status is the command's, whatever threads a library left running.
        System.exit(Cli.run(args));
    }
}

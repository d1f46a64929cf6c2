package io.contacts.app;

import io.contacts.http.undertow.ServiceInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The version of this app and when it was built, as the Maven build wrote them into {@code build.properties}: the
 * one source for {@code --version}, {@code GET /} and {@code GET /version}. Read from a resource rather than the jar's
 * manifest, so that a service started from the classes (as the tests start it) knows its version too.
 */
public final class BuildInfo {

    /** What the service calls itself. */
    public static final String NAME = "Client Contacts";
    private static final String RESOURCE = "build.properties";
    private static final ServiceInfo CURRENT = read();

    private BuildInfo() {
    }

    /** This build's. */
    public static ServiceInfo current() {
        return CURRENT;
    }

    private static ServiceInfo read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new ServiceInfo(NAME, filled(properties, "version").orElse("unknown"),
                filled(properties, "built").flatMap(BuildInfo::instant));
    }

    /** A value the build filled in: not missing, not empty, not the placeholder it could not replace. */
    private static Optional<String> filled(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip)
                .filter(value -> !value.isEmpty() && !value.startsWith("${"));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package io.contacts.http.undertow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Driving adapter setting: what the service says of itself on {@code GET /} and {@code GET /version} — its name,
 * version and build, as the app knows them (the transport reads no manifest of its own).
 *
 * @param built when the build ran, when the build could tell
 */
public record ServiceInfo(String name, String version, Optional<Instant> built) {

    public ServiceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(built, "built");
    }

    /** A service that knows nothing of its build, as a server assembled in a test is. */
    public static ServiceInfo unknown() {
        return new ServiceInfo("Client Contacts", "unknown", Optional.empty());
    }
}

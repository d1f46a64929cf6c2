package io.contacts.persistence.jooq;

import java.util.Objects;
import java.util.Optional;

/**
 * What a migration did to a database's schema: the version it found (none on an empty database), the version it
 * left, and how many scripts it applied to get there.
 */
public record SchemaMigration(Optional<String> fromVersion, String version, int applied) {

    public SchemaMigration {
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(version, "version");
        if (applied < 0) {
            throw new IllegalArgumentException("applied must not be negative: " + applied);
        }
    }

    /** Whether the schema was made from nothing: the database had none. */
    public boolean created() {
        return fromVersion.isEmpty() && applied > 0;
    }

    /** Whether anything was applied at all. */
    public boolean changed() {
        return applied > 0;
    }
}

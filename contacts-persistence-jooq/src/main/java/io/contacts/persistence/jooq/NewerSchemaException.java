package io.contacts.persistence.jooq;

import java.util.Objects;

/**
 * A database whose schema a newer release migrated: its history lists a version beyond this jar's last script, so
 * this release does not know what the newer scripts changed, and refuses to work on it rather than guess.
 */
public final class NewerSchemaException extends IllegalStateException {

    private final String databaseVersion;
    private final String knownVersion;

    NewerSchemaException(String databaseVersion, String knownVersion) {
        super("The database's schema is at version " + databaseVersion + ", newer than this release knows ("
                + knownVersion + ")");
        this.databaseVersion = Objects.requireNonNull(databaseVersion, "databaseVersion");
        this.knownVersion = Objects.requireNonNull(knownVersion, "knownVersion");
    }

    /** The newest version the database's history lists as applied. */
    public String databaseVersion() {
        return databaseVersion;
    }

    /** The version of this jar's last script: the newest this release knows. */
    public String knownVersion() {
        return knownVersion;
    }
}

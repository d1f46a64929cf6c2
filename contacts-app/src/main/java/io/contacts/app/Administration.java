package io.contacts.app;

import io.contacts.app.config.AppConfig;
import io.contacts.app.security.Pbkdf2Secrets;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.service.DomainServices;
import io.contacts.persistence.jooq.SchemaMigration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;
import java.util.function.Function;

/** One administrative act on the configured database, without the HTTP server: migrate, then run the work. */
public final class Administration {

    private Administration() {
    }

    /** Opens and migrates the store, runs {@code work} on the use cases, and closes the store again. */
    public static <T> T run(AppConfig config, Function<UseCases, T> work) {
        try (Storage storage = Storage.open(config, new SimpleMeterRegistry())) {
            return work.apply(DomainServices.create(storage.stores(), Clock.systemUTC(), new Pbkdf2Secrets()));
        }
    }

    /** Only creates or upgrades the schema; says what it found and did. */
    public static SchemaMigration migrate(AppConfig config) {
        try (Storage storage = Storage.open(config, new SimpleMeterRegistry())) {
            return storage.migration();
        }
    }
}

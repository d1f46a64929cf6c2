package io.contacts.app;

import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

/** Administration while serving on PostgreSQL (skipped without a server unless required). */
class PostgresAdministrationWhileServingIT extends AdministrationWhileServing {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    @Override
    protected Map<String, String> store() {
        return Map.of("CONTACTS_DB_URL", POSTGRES.jdbcUrl());
    }
}

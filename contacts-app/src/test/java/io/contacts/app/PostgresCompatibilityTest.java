package io.contacts.app;

import io.contacts.persistence.jooq.testing.PostgresTestDatabase;

/** Harvest v1 clients' expectations of Rails, met on a real PostgreSQL: a fresh database per test, then dropped. */
class PostgresCompatibilityTest extends CompatibilityContract {

    private PostgresTestDatabase database;

    @Override
    protected String emptyDatabaseUrl() {
        database = PostgresTestDatabase.started();
        return database.jdbcUrl();
    }

    @Override
    protected void releaseDatabase() {
        if (database != null) {
            database.close();
        }
    }
}

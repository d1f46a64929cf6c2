package io.contacts.app;

import io.contacts.persistence.jooq.testing.PostgresTestDatabase;

/** The service on a real PostgreSQL: a fresh database per test, dropped afterwards. */
class PostgresEndToEndTest extends EndToEndContract {

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

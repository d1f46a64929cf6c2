package io.contacts.app;

/** The service on a real PostgreSQL: a fresh database per test, dropped afterwards. */
class PostgresEndToEndTest extends EndToEndContract {

    @Override
    protected String emptyDatabaseUrl() {
        return freshPostgres();
    }
}

package io.contacts.app;

/** Imports into the service on a real PostgreSQL: a fresh database per test, dropped afterwards. */
class PostgresImportEndToEndTest extends ImportEndToEndContract {

    @Override
    protected String emptyDatabaseUrl() {
        return freshPostgres();
    }
}

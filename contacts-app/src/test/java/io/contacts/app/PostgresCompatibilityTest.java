package io.contacts.app;

/** Harvest v1 clients' expectations of Rails, met on a real PostgreSQL: a fresh database per test, then dropped. */
class PostgresCompatibilityTest extends CompatibilityContract {

    @Override
    protected String emptyDatabaseUrl() {
        return freshPostgres();
    }
}

package io.contacts.app;

/** The discovery routes on a real PostgreSQL: a fresh database per test, dropped afterwards. */
class PostgresDiscoveryTest extends DiscoveryContract {

    @Override
    protected String emptyDatabaseUrl() {
        return freshPostgres();
    }
}

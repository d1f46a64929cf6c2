package io.contacts.app.reliability;

/** Test parameter: the database the service under test runs on — the embedded default or PostgreSQL. */
enum Store {
    H2,
    POSTGRES
}

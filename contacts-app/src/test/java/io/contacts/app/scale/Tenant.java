package io.contacts.app.scale;

/** Test data: one account of the nodes under test with one user in it — its login and a personal access token. */
record Tenant(long accountId, String email, String password, String token) {
}

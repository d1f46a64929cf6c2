package io.contacts.app.reliability;

import io.contacts.app.ApiClient;

/**
 * One account of the service under test with one user in it, as an operator makes them: its id, the user's
 * login and a personal access token, and clients signed in either way.
 */
record Tenant(long accountId, String company, String email, String password, String token, int port) {

    /** Signed in with HTTP Basic (e-mail and password). */
    ApiClient basic() {
        return ApiClient.basic(port, email, password);
    }

    /** A Harvest v2 client: the token, the account it is for, and a User-Agent as v2 asks. */
    ApiClient v2() {
        return bearer().withHeader("Harvest-Account-Id", Long.toString(accountId))
                .withHeader("User-Agent", "Contacts end-to-end tests (tests@example.com)");
    }

    /** Signed in with the personal access token. */
    ApiClient bearer() {
        return ApiClient.bearer(port, token);
    }
}

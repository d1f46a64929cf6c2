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

    /** Signed in with the personal access token. */
    ApiClient bearer() {
        return ApiClient.bearer(port, token);
    }
}

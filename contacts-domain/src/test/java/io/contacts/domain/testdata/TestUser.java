package io.contacts.domain.testdata;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;

/** A user made for a test, with the secrets a client would sign in with. */
public record TestUser(Caller caller, String email, String password, String token) {

    public AccountId account() {
        return caller.accountId();
    }
}

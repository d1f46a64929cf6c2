package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;

import java.util.Objects;

/** Command: create a client in the account from what the caller sent. */
public record CreateClientCommand(AccountId account, ClientInput client) {

    public CreateClientCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(client, "client");
    }
}

package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;

import java.util.Objects;
import java.util.OptionalLong;

/** Command: change the client fields the caller sent; with an expected version, only if the client is still at it. */
public record UpdateClientCommand(AccountId account, ClientId id, ClientInput changes, OptionalLong expectedVersion) {

    public UpdateClientCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}

package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;

import java.util.Objects;
import java.util.OptionalLong;

/** Command: act on one client as a whole (toggle, delete); with an expected version, only if it is still at it. */
public record ClientCommand(AccountId account, ClientId id, OptionalLong expectedVersion) {

    public ClientCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}

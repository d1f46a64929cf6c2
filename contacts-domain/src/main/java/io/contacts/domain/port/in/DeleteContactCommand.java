package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactId;

import java.util.Objects;
import java.util.OptionalLong;

/** Command: delete a contact; with an expected version, only if it is still at it. */
public record DeleteContactCommand(AccountId account, ContactId id, OptionalLong expectedVersion) {

    public DeleteContactCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}

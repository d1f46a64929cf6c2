package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactId;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Command: change the fields the caller sent, under its transport's last-name rule; with an expected version, only if
 * the contact is still at it.
 */
public record UpdateContactCommand(AccountId account, ContactId id, ContactInput changes, OptionalLong expectedVersion,
                                   LastNameRule lastName) {

    public UpdateContactCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(lastName, "lastName");
    }
}

package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;

import java.util.Objects;

/** Command: create a contact in the account from what the caller sent, under its transport's last-name rule. */
public record CreateContactCommand(AccountId account, ContactInput contact, LastNameRule lastName) {

    public CreateContactCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(lastName, "lastName");
    }
}

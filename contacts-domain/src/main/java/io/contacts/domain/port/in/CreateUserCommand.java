package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;

import java.util.Objects;

/** Command: add a user who signs in to the account with an e-mail address and a password. */
public record CreateUserCommand(AccountId account, String email, String firstName, String lastName, String password) {

    public CreateUserCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "CreateUserCommand[account=" + account + ", email=" + email + "]";
    }
}

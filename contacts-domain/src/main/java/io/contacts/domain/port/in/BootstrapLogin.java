package io.contacts.domain.port.in;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.User;

import java.util.Objects;

/** The first account and user a bootstrap made, with the password to show once (it is not stored). */
public record BootstrapLogin(Account account, User user, String password, boolean passwordGenerated) {

    public BootstrapLogin {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "BootstrapLogin[account=" + account.id() + ", user=" + user.email() + "]";
    }
}

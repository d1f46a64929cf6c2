package io.contacts.domain.port.out;

import java.util.Objects;

/** The storage ports one store provides together, so that a composition root wires storage in one line. */
public record Stores(
        Accounts accounts,
        Users users,
        AccessTokens accessTokens,
        Clients clients,
        Contacts contacts,
        Transactions transactions,
        Tallies tallies) {

    public Stores {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(tallies, "tallies");
    }
}

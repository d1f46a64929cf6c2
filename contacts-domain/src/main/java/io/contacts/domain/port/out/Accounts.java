package io.contacts.domain.port.out;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven port: the accounts (companies) the service hosts. */
public interface Accounts {

    /** Stores a new account created at {@code now} and returns it with the id the store assigned. */
    Account add(String name, Instant now);

    Optional<Account> find(AccountId id);

    /** Whether the store holds no account yet: the signal for the first start's bootstrap. */
    boolean isEmpty();

    /**
     * {@link #isEmpty()}, asked in the transaction that adds the first account if so: it waits first for any other
     * transaction that asked it to end, so that of several processes bootstrapping one empty store at once exactly
     * one finds it empty, and the others find its first account.
     */
    boolean isEmptyForFirstAccount();

    /** Every account, in id order: for administration, which looks at all of them at once. */
    List<Account> list();

    /** Gives the account a new (valid) name; {@code false} when there is no such account. */
    boolean rename(AccountId id, String name);
}

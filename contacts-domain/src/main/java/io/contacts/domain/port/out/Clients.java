package io.contacts.domain.port.out;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.DuplicateClientNameException;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Driven port: the clients of every account, as a store keeps them. Every method is scoped by the
 * account; names are unique within an account (exact match, after the domain's trimming).
 */
public interface Clients {

    /**
     * Stores a new client, created and updated at {@code now}, at version 1.
     *
     * @throws DuplicateClientNameException if the account has a client of that name
     */
    Client add(AccountId account, ClientFields fields, Instant now);

    Optional<Client> find(AccountId account, ClientId id);

    Optional<Client> findByName(AccountId account, String name);

    /**
     * The account's clients updated at or after {@code updatedSince} (all when empty), in ascending id
     * order. The caller must close the stream.
     */
    Stream<Client> list(AccountId account, Optional<Instant> updatedSince);

    /**
     * Replaces the stored client by {@code changed} if it is still at {@code expectedVersion}.
     *
     * @return {@code false}, changing nothing, when no client of that account and id is at that version
     * @throws DuplicateClientNameException if another client of the account has the new name
     */
    boolean update(Client changed, long expectedVersion);

    /**
     * Deletes the client if it is still at {@code expectedVersion}; {@code false} when nothing matched.
     *
     * @throws ClientHasContactsException if contacts still belong to it (nothing is deleted)
     */
    boolean remove(AccountId account, ClientId id, long expectedVersion);
}

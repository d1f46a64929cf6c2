package io.contacts.domain.port.out;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.DuplicateClientNameException;
import io.contacts.domain.model.PageRequest;

import java.time.Instant;
import java.util.List;
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
     * The account's clients that pass the filter, in descending id order: for a page that follows another
     * ({@link PageRequest#lastId}) only those with smaller ids, at a cost that does not grow with the page's position;
     * for a numbered one after skipping {@link PageRequest#offset()} of them.
     *
     * @param limit the most clients to give ({@code >= 1}), which a caller may set above the page's size to learn
     *              whether more follow
     */
    List<Client> newestFirst(AccountId account, ClientFilter filter, PageRequest page, int limit);

    /** How many of the account's clients pass the filter. */
    long count(AccountId account, ClientFilter filter);

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

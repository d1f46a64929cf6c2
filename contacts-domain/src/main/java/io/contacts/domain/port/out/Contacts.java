package io.contacts.domain.port.out;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.UnknownClientException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Driven port: the contacts of every account, as a store keeps them. Every method is scoped by the
 * account; a contact of another account is indistinguishable from one that does not exist.
 */
public interface Contacts {

    /**
     * Stores a new contact, created and updated at {@code now}, at version 1.
     *
     * @return the stored contact with the id the store assigned
     * @throws UnknownClientException if the client is not one of the account's
     */
    Contact add(AccountId account, ContactFields fields, Instant now);

    Optional<Contact> find(AccountId account, ContactId id);

    /** The contact with its client's name, read together in one query. */
    Optional<ContactWithClient> findWithClient(AccountId account, ContactId id);

    /**
     * The account's contacts that pass the filter, in ascending id order. Rows may be read while the
     * stream is consumed; the caller must close it (try-with-resources).
     */
    Stream<Contact> list(AccountId account, ContactFilter filter);

    /**
     * The account's contacts that pass the filter, each with its client's name, in descending id order: for a page
     * that follows another ({@link PageRequest#lastId}) only those with smaller ids, at a cost that does not grow with
     * the page's position; for a numbered one after skipping {@link PageRequest#offset()} of them. One query.
     *
     * @param limit the most contacts to give ({@code >= 1}), which a caller may set above the page's size to learn
     *              whether more follow
     */
    List<ContactWithClient> newestFirst(AccountId account, ContactFilter filter, PageRequest page, int limit);

    /** How many of the account's contacts pass the filter. */
    long count(AccountId account, ContactFilter filter);

    /**
     * Applies {@code changes} to the stored contact in one atomic step, if it is at {@code expectedVersion} when
     * one is given: its version goes up by one, and its update time becomes {@code now} — or, if it was last
     * updated at or after {@code now}, a microsecond later than that, so that every change is seen as later than
     * the one before.
     *
     * @return the contact as changed; empty, changing nothing, when no contact of that account and id is (at that
     *         version)
     * @throws UnknownClientException if the changes name a client that is not one of the account's
     */
    Optional<Contact> update(AccountId account, ContactId id, ContactChanges changes, OptionalLong expectedVersion,
                             Instant now);

    /**
     * Deletes the contact, if it is at {@code expectedVersion} when one is given.
     *
     * @return {@code false}, changing nothing, when no contact of that account and id is (at that version)
     */
    boolean remove(AccountId account, ContactId id, OptionalLong expectedVersion);

    /** Whether any contact of the account belongs to the client. */
    boolean anyOfClient(AccountId account, ClientId client);
}

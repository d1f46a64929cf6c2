package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.NotFoundException;

import java.util.stream.Stream;

/** Use case: list an account's contacts — all or one client's, optionally only those updated since a time. */
public interface ListContactsQuery {

    /**
     * The matching contacts in ascending id order, read while the stream is consumed; close it.
     *
     * @throws NotFoundException if the filter names a client the account does not have
     */
    Stream<Contact> listContacts(AccountId account, ContactFilter filter);
}

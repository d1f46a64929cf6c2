package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.NotFoundException;

/** Use case: read one contact of the account. */
public interface GetContactQuery {

    /** @throws NotFoundException if the account has no such contact */
    Contact getContact(AccountId account, ContactId id);
}

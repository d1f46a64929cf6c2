package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.NotFoundException;

/** Use case: read one contact of the account together with its client's name. */
public interface GetContactWithClientQuery {

    /** @throws NotFoundException if the account has no such contact */
    ContactWithClient contactWithClient(AccountId account, ContactId id);
}

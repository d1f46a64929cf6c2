package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.Page;
import io.contacts.domain.model.PageRequest;

/** Use case: one page of an account's contacts, newest first, each with its client's name. */
public interface PageContactsQuery {

    /**
     * The page of the matching contacts, in descending id order. A filter naming a client the account does not have
     * matches nothing: an empty page, not a {@code NotFoundException}.
     */
    Page<ContactWithClient> contactPage(AccountId account, ContactFilter filter, PageRequest page);
}

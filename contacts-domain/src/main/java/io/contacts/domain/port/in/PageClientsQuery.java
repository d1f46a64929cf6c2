package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.Page;
import io.contacts.domain.model.PageRequest;

/** Use case: one page of an account's clients, newest first. */
public interface PageClientsQuery {

    /** The page of the matching clients, in descending id order. */
    Page<Client> clientPage(AccountId account, ClientFilter filter, PageRequest page);
}

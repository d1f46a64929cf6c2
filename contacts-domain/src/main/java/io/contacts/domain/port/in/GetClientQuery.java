package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.NotFoundException;

/** Use case: read one client of the account. */
public interface GetClientQuery {

    /** @throws NotFoundException if the account has no such client */
    Client getClient(AccountId account, ClientId id);
}

package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** Use case: list an account's clients, optionally only those updated since a time. */
public interface ListClientsQuery {

    /** The clients in ascending id order, read while the stream is consumed; close it. */
    Stream<Client> listClients(AccountId account, Optional<Instant> updatedSince);
}

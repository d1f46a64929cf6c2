package io.contacts.http.undertow.export;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.port.in.ListClientsQuery;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Driving adapter helper: an account's client names by id, read once before its contacts stream. An account has far
 * fewer clients than contacts (a name each, a few MB for a hundred thousand), so the map stays small while the
 * contacts, the large part, stream; a join per contact would need a new streamed query in every store.
 */
public final class ClientNames {

    private ClientNames() {
    }

    public static Map<ClientId, String> of(ListClientsQuery clients, AccountId account) {
        try (Stream<Client> all = clients.listClients(account, Optional.empty())) {
            return all.collect(Collectors.toMap(Client::id, Client::name));
        }
    }
}

package io.contacts.domain.memory;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.DuplicateClientNameException;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.port.out.Clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Driven adapter: clients in memory, with the unique name and the contacts' foreign key a database would enforce. */
final class InMemoryClients implements Clients {

    private final InMemoryDatabase db;

    InMemoryClients(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Client add(AccountId account, ClientFields fields, Instant now) {
        return db.locked(() -> {
            requireFreeName(account, fields.name(), Optional.empty());
            ClientId id = ClientId.of(db.clientIds.incrementAndGet());
            Client client = new Client(id, account, fields, now, now, 1);
            db.clients.put(id.value(), client);
            db.onRollback(() -> db.clients.remove(id.value()));
            return client;
        });
    }

    @Override
    public Optional<Client> find(AccountId account, ClientId id) {
        return db.locked(() -> Optional.ofNullable(db.clients.get(id.value()))
                .filter(client -> client.accountId().equals(account)));
    }

    @Override
    public Optional<Client> findByName(AccountId account, String name) {
        return db.locked(() -> ofAccount(account).filter(client -> client.name().equals(name)).findFirst());
    }

    @Override
    public Stream<Client> list(AccountId account, Optional<Instant> updatedSince) {
        List<Client> matching = db.locked(() -> db.clients.values().stream()
                .filter(matching(account, ClientFilter.all().updatedSince(updatedSince)))
                .collect(Collectors.toList()));
        return matching.stream();
    }

    @Override
    public List<Client> newestFirst(AccountId account, ClientFilter filter, PageRequest page, int limit) {
        return db.locked(() -> InMemoryPages.newestFirst(db.clients, matching(account, filter), page, limit));
    }

    @Override
    public long count(AccountId account, ClientFilter filter) {
        return db.locked(() -> db.clients.values().stream().filter(matching(account, filter)).count());
    }

    private static Predicate<Client> matching(AccountId account, ClientFilter filter) {
        return client -> client.accountId().equals(account) && filter.matches(client);
    }

    @Override
    public boolean update(Client changed, long expectedVersion) {
        return db.locked(() -> {
            Optional<Client> current = find(changed.accountId(), changed.id())
                    .filter(client -> client.version() == expectedVersion);
            if (current.isEmpty()) {
                return false;
            }
            requireFreeName(changed.accountId(), changed.name(), Optional.of(changed.id()));
            db.clients.put(changed.id().value(), changed);
            db.onRollback(() -> db.clients.put(changed.id().value(), current.get()));
            return true;
        });
    }

    @Override
    public boolean remove(AccountId account, ClientId id, long expectedVersion) {
        return db.locked(() -> {
            Optional<Client> current = find(account, id).filter(client -> client.version() == expectedVersion);
            if (current.isEmpty()) {
                return false;
            }
            boolean referenced = db.contacts.values().stream()
                    .anyMatch(contact -> contact.accountId().equals(account) && contact.clientId().equals(id));
            if (referenced) {
                throw new ClientHasContactsException(id);
            }
            db.clients.remove(id.value());
            db.onRollback(() -> db.clients.put(id.value(), current.get()));
            return true;
        });
    }

    private Stream<Client> ofAccount(AccountId account) {
        return db.clients.values().stream().filter(client -> client.accountId().equals(account));
    }

    private void requireFreeName(AccountId account, String name, Optional<ClientId> self) {
        boolean taken = ofAccount(account)
                .anyMatch(other -> other.name().equals(name) && !self.map(other.id()::equals).orElse(false));
        if (taken) {
            throw new DuplicateClientNameException(name);
        }
    }
}

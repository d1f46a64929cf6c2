package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.DuplicateClientNameException;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.Page;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.ClientCommand;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateClientUseCase;
import io.contacts.domain.port.in.DeleteClientUseCase;
import io.contacts.domain.port.in.GetClientQuery;
import io.contacts.domain.port.in.ListClientsQuery;
import io.contacts.domain.port.in.PageClientsQuery;
import io.contacts.domain.port.in.ToggleClientUseCase;
import io.contacts.domain.port.in.UpdateClientCommand;
import io.contacts.domain.port.in.UpdateClientUseCase;
import io.contacts.domain.port.out.Clients;
import io.contacts.domain.port.out.Contacts;
import io.contacts.domain.port.out.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Use cases of clients: list, page, read, create, change, toggle and delete, each within the caller's account. */
final class ClientService implements ListClientsQuery, GetClientQuery, CreateClientUseCase,
        UpdateClientUseCase, ToggleClientUseCase, DeleteClientUseCase, PageClientsQuery {

    private static final String KIND = "Client";

    private final Clients clients;
    private final Contacts contacts;
    private final Transactions transactions;
    private final Timestamps time;
    private final ClientValidator validator;

    ClientService(Clients clients, Contacts contacts, Transactions transactions, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.transactions = transactions;
        this.time = new Timestamps(clock);
        this.validator = new ClientValidator(clients);
    }

    @Override
    public Stream<Client> listClients(AccountId account, Optional<Instant> updatedSince) {
        return clients.list(account, updatedSince);
    }

    @Override
    public Page<Client> clientPage(AccountId account, ClientFilter filter, PageRequest page) {
        return Pages.of(clients.newestFirst(account, filter, page, Pages.limit(page)), page,
                () -> clients.count(account, filter));
    }

    @Override
    public Client getClient(AccountId account, ClientId id) {
        return clients.find(account, id).orElseThrow(() -> NotFoundException.client(id));
    }

    @Override
    public Client createClient(CreateClientCommand command) {
        return transactions.inTransaction(() -> {
            ClientFields fields = validator.forCreate(command.account(), command.client());
            return uniqueName(() -> clients.add(command.account(), fields, time.now()));
        });
    }

    @Override
    public Client updateClient(UpdateClientCommand command) {
        return change(command.account(), command.id(), command.expectedVersion(),
                current -> validator.forUpdate(command.changes(), current));
    }

    @Override
    public Client toggleClient(ClientCommand command) {
        return change(command.account(), command.id(), command.expectedVersion(), current -> {
            ClientFields fields = current.fields();
            return new ClientFields(fields.name(), !fields.active(), fields.details());
        });
    }

    @Override
    public void deleteClient(ClientCommand command) {
        OptimisticRetry.run(() -> transactions.inTransaction(() -> {
            Client current = getClient(command.account(), command.id());
            VersionCheck.require(command.expectedVersion(), current.version(), KIND, command.id().value());
            if (contacts.anyOfClient(command.account(), command.id())) {
                throw new ClientHasContactsException(command.id());
            }
            boolean removed = clients.remove(command.account(), command.id(), current.version());
            return removed ? Optional.of(current) : Optional.empty();
        }), () -> new StaleVersionException(KIND, command.id().value()));
    }

    /** Read, check the version, compute the new fields and write them conditionally, retrying lost races. */
    private Client change(AccountId account, ClientId id, OptionalLong expectedVersion,
                          Function<Client, ClientFields> newFields) {
        return OptimisticRetry.run(() -> transactions.inTransaction(() -> {
            Client current = getClient(account, id);
            VersionCheck.require(expectedVersion, current.version(), KIND, id.value());
            Client changed = current.changedTo(newFields.apply(current), time.after(current.updatedAt()));
            boolean written = uniqueName(() -> clients.update(changed, current.version()));
            return written ? Optional.of(changed) : Optional.empty();
        }), () -> new StaleVersionException(KIND, id.value()));
    }

    /** A write the store refused for its name: another client took it after validation looked. */
    private static <T> T uniqueName(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateClientNameException e) {
            throw ValidationException.of(ClientValidator.NAME_TAKEN);
        }
    }
}

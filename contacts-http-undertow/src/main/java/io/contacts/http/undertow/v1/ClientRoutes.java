package io.contacts.http.undertow.v1;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.port.in.ClientCommand;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateClientUseCase;
import io.contacts.domain.port.in.DeleteClientUseCase;
import io.contacts.domain.port.in.GetClientQuery;
import io.contacts.domain.port.in.ListClientsQuery;
import io.contacts.domain.port.in.ToggleClientUseCase;
import io.contacts.domain.port.in.UpdateClientCommand;
import io.contacts.domain.port.in.UpdateClientUseCase;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.ListBudget;
import io.contacts.http.undertow.web.Payload;
import io.contacts.http.undertow.web.Resources;
import io.contacts.http.undertow.web.Router;
import io.contacts.http.undertow.web.UpdatedSince;

import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Driving adapter: the client routes contacts belong to — list, read, create, change, toggle, delete. */
public final class ClientRoutes {

    private static final String KIND = "client";

    private final ListClientsQuery listClients;
    private final GetClientQuery getClient;
    private final CreateClientUseCase createClient;
    private final UpdateClientUseCase updateClient;
    private final ToggleClientUseCase toggleClient;
    private final DeleteClientUseCase deleteClient;
    private final RequestDocuments documents;

    public ClientRoutes(ListClientsQuery listClients, GetClientQuery getClient, CreateClientUseCase createClient,
            UpdateClientUseCase updateClient, ToggleClientUseCase toggleClient, DeleteClientUseCase deleteClient,
            RequestDocuments documents) {
        this.listClients = listClients;
        this.getClient = getClient;
        this.createClient = createClient;
        this.updateClient = updateClient;
        this.toggleClient = toggleClient;
        this.deleteClient = deleteClient;
        this.documents = documents;
    }

    public void register(Router<Representation> router) {
        router.add("GET", "/clients", Access.COUNTED, this::list)
                .add("POST", "/clients", Access.COUNTED, Payload.DOCUMENT, this::create)
                .add("GET", "/clients/{client_id}", Access.COUNTED, this::get)
                .add("PUT", "/clients/{client_id}", Access.COUNTED, Payload.DOCUMENT, this::update)
                .add("DELETE", "/clients/{client_id}", Access.COUNTED, this::delete)
                .add("POST", "/clients/{client_id}/toggle", Access.COUNTED, this::toggle);
    }

    private void list(ApiExchange<Representation> request) throws IOException {
        Optional<Instant> since = UpdatedSince.parse(request.query("updated_since"));
        try (ListBudget.Place place = request.listPlace();
             Stream<Client> clients = listClients.listClients(request.account(), since)) {
            Iterator<Client> rows = clients.iterator();
            request.send(200, out -> request.format().clients(rows, out));
        }
    }

    private void get(ApiExchange<Representation> request) throws IOException {
        Client client = getClient.getClient(request.account(), ClientId.of(request.id(0)));
        if (!Resources.answeredNotModified(request, KIND, client.id().value(), client.version(),
                client.updatedAt())) {
            request.send(200, out -> request.format().client(client, out));
        }
    }

    private void create(ApiExchange<Representation> request) throws IOException {
        ClientInput input = documents.client(request);
        Client created = createClient.createClient(new CreateClientCommand(request.account(), input));
        answer(request, 201, created);
    }

    private void update(ApiExchange<Representation> request) throws IOException {
        ClientId id = ClientId.of(request.id(0));
        ClientInput changes = documents.client(request);
        Client updated = updateClient.updateClient(
                new UpdateClientCommand(request.account(), id, changes, expectedVersion(request, id)));
        answer(request, 200, updated);
    }

    private void toggle(ApiExchange<Representation> request) throws IOException {
        ClientId id = ClientId.of(request.id(0));
        Client toggled = toggleClient.toggleClient(
                new ClientCommand(request.account(), id, expectedVersion(request, id)));
        answer(request, 200, toggled);
    }

    private void delete(ApiExchange<Representation> request) {
        ClientId id = ClientId.of(request.id(0));
        deleteClient.deleteClient(new ClientCommand(request.account(), id, expectedVersion(request, id)));
        request.sendEmpty(200);
    }

    private OptionalLong expectedVersion(ApiExchange<Representation> request, ClientId id) {
        return Resources.expectedVersion(request, KIND, id.value(),
                () -> getClient.getClient(request.account(), id).version());
    }

    private static void answer(ApiExchange<Representation> request, int status, Client client) throws IOException {
        request.responseHeader("Location", "/clients/" + client.id().value());
        Resources.validators(request, KIND, client.id().value(), client.version(), client.updatedAt());
        request.send(status, out -> request.format().client(client, out));
    }
}

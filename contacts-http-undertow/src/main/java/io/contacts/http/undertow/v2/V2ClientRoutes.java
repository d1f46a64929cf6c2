package io.contacts.http.undertow.v2;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Page;
import io.contacts.domain.port.in.ClientCommand;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.UpdateClientCommand;
import io.contacts.domain.port.in.UseCases;
import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.ListBudget;
import io.contacts.http.undertow.web.Payload;
import io.contacts.http.undertow.web.Resources;
import io.contacts.http.undertow.web.Router;
import io.contacts.http.undertow.web.UpdatedSince;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Driving adapter: v2's five client routes, each a thin call of the same use cases v1 calls. */
final class V2ClientRoutes {

    private static final String KIND = "client";
    private static final String PATH = "/v2/clients";

    private final UseCases useCases;

    V2ClientRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    /** @param mount where v2 is served: {@code /v2}, or {@code /api/v2} as Harvest also serves it */
    void register(Router<V2Json> router, String mount) {
        String path = mount + PATH.substring("/v2".length());
        router.add("GET", path, Access.COUNTED, this::list)
                .add("POST", path, Access.COUNTED, Payload.DOCUMENT, this::create)
                .add("GET", path + "/{client_id}", Access.COUNTED, this::get)
                .add("PATCH", path + "/{client_id}", Access.COUNTED, Payload.DOCUMENT, this::update)
                .add("DELETE", path + "/{client_id}", Access.COUNTED, this::delete);
    }

    private void list(ApiExchange<V2Json> request) throws IOException {
        List<Map.Entry<String, String>> filters = new ArrayList<>(2);
        ClientFilter filter = Filters.flag(request, "is_active", filters).map(ClientFilter::active)
                .orElseGet(ClientFilter::all)
                .updatedSince(UpdatedSince.parse(Filters.sent(request, "updated_since", filters)));
        Paging paging = Paging.of(request, PATH, filters);
        Page<Client> page;
        try (ListBudget.Place place = request.listPlace()) {
            page = useCases.pageClients().clientPage(request.account(), filter, paging.request());
        }
        PageDocument<Client> document = paging.document(page, client -> client.id().value());
        request.send(200, out -> request.format().clients(document, out));
    }

    private void get(ApiExchange<V2Json> request) throws IOException {
        Client client = useCases.getClient().getClient(request.account(), ClientId.of(request.id(0)));
        if (!Resources.answeredNotModified(request, KIND, client.id().value(), client.version(),
                client.updatedAt())) {
            request.send(200, out -> request.format().client(client, out));
        }
    }

    private void create(ApiExchange<V2Json> request) throws IOException {
        Client created = useCases.createClient().createClient(
                new CreateClientCommand(request.account(), V2Input.client(request)));
        answer(request, 201, created);
    }

    private void update(ApiExchange<V2Json> request) throws IOException {
        ClientId id = ClientId.of(request.id(0));
        Client updated = useCases.updateClient().updateClient(new UpdateClientCommand(request.account(), id,
                V2Input.client(request), expectedVersion(request, id)));
        answer(request, 200, updated);
    }

    /** v2 refuses to delete a client still in use with a 422 and a sentence, where v1 answered 400. */
    private void delete(ApiExchange<V2Json> request) throws IOException {
        ClientId id = ClientId.of(request.id(0));
        try {
            Client deleted = Deletion.of(request, KIND, id.value(),
                    () -> useCases.getClient().getClient(request.account(), id), Client::version,
                    version -> useCases.deleteClient().deleteClient(
                            new ClientCommand(request.account(), id, OptionalLong.of(version))));
            request.send(200, out -> request.format().client(deleted, out));
        } catch (ClientHasContactsException inUse) {
            throw HttpProblem.of(422, "This client is not removable. It still has contacts.");
        }
    }

    private OptionalLong expectedVersion(ApiExchange<V2Json> request, ClientId id) {
        return Resources.expectedVersion(request, KIND, id.value(),
                () -> useCases.getClient().getClient(request.account(), id).version());
    }

    private static void answer(ApiExchange<V2Json> request, int status, Client client) throws IOException {
        request.responseHeader("Location", request.origin() + PATH + "/" + client.id().value());
        Resources.validators(request, KIND, client.id().value(), client.version(), client.updatedAt());
        request.send(status, out -> request.format().client(client, out));
    }
}

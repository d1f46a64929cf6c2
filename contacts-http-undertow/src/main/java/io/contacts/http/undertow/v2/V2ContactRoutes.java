package io.contacts.http.undertow.v2;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.Page;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.DeleteContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UpdateContactCommand;
import io.contacts.domain.port.in.UseCases;
import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
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

/**
 * Driving adapter: v2's five contact routes, each a thin call of the same use cases v1 calls — with v2's rule
 * that a contact needs no last name ({@link LastNameRule#OPTIONAL}), and its client's name beside it.
 */
final class V2ContactRoutes {

    private static final String KIND = "contact";
    private static final String PATH = "/v2/contacts";

    private final UseCases useCases;

    V2ContactRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    /** @param mount where v2 is served: {@code /v2}, or {@code /api/v2} as Harvest also serves it */
    void register(Router<V2Json> router, String mount) {
        String path = mount + PATH.substring("/v2".length());
        router.add("GET", path, Access.COUNTED, this::list)
                .add("POST", path, Access.COUNTED, Payload.DOCUMENT, this::create)
                .add("GET", path + "/{contact_id}", Access.COUNTED, this::get)
                .add("PATCH", path + "/{contact_id}", Access.COUNTED, Payload.DOCUMENT, this::update)
                .add("DELETE", path + "/{contact_id}", Access.COUNTED, this::delete);
    }

    private void list(ApiExchange<V2Json> request) throws IOException {
        List<Map.Entry<String, String>> filters = new ArrayList<>(2);
        ContactFilter filter = ContactFilter.all();
        OptionalLong client = Filters.id(request, "client_id", filters);
        if (client.isPresent()) {
            filter = ContactFilter.ofClient(ClientId.of(client.getAsLong()));
        }
        filter = filter.updatedSince(UpdatedSince.parse(Filters.sent(request, "updated_since", filters)));
        Paging paging = Paging.of(request, PATH, filters);
        Page<ContactWithClient> page;
        try (ListBudget.Place place = request.listPlace()) {
            page = useCases.pageContacts().contactPage(request.account(), filter, paging.request());
        }
        PageDocument<ContactWithClient> document = paging.document(page, entry -> entry.contact().id().value());
        request.send(200, out -> request.format().contacts(document, out));
    }

    private void get(ApiExchange<V2Json> request) throws IOException {
        ContactWithClient found = useCases.getContactWithClient().contactWithClient(request.account(),
                ContactId.of(request.id(0)));
        Contact contact = found.contact();
        if (!Resources.answeredNotModified(request, KIND, contact.id().value(), contact.version(),
                contact.updatedAt())) {
            request.send(200, out -> request.format().contact(found, out));
        }
    }

    private void create(ApiExchange<V2Json> request) throws IOException {
        Contact created = useCases.createContact().createContact(
                new CreateContactCommand(request.account(), V2Input.contact(request), LastNameRule.OPTIONAL));
        answer(request, 201, created);
    }

    private void update(ApiExchange<V2Json> request) throws IOException {
        ContactId id = ContactId.of(request.id(0));
        Contact updated = useCases.updateContact().updateContact(new UpdateContactCommand(request.account(), id,
                V2Input.contact(request), expectedVersion(request, id), LastNameRule.OPTIONAL));
        answer(request, 200, updated);
    }

    private void delete(ApiExchange<V2Json> request) throws IOException {
        ContactId id = ContactId.of(request.id(0));
        ContactWithClient deleted = Deletion.of(request, KIND, id.value(),
                () -> useCases.getContactWithClient().contactWithClient(request.account(), id),
                found -> found.contact().version(),
                version -> useCases.deleteContact().deleteContact(
                        new DeleteContactCommand(request.account(), id, OptionalLong.of(version))));
        request.send(200, out -> request.format().contact(deleted, out));
    }

    private OptionalLong expectedVersion(ApiExchange<V2Json> request, ContactId id) {
        return Resources.expectedVersion(request, KIND, id.value(),
                () -> useCases.getContact().getContact(request.account(), id).version());
    }

    /**
     * The written contact with its client's name, read after the write: a client with contacts cannot be deleted,
     * so it is there to be read.
     */
    private void answer(ApiExchange<V2Json> request, int status, Contact contact) throws IOException {
        Client client = useCases.getClient().getClient(request.account(), contact.clientId());
        ContactWithClient written = new ContactWithClient(contact, client.name());
        request.responseHeader("Location", request.origin() + PATH + "/" + contact.id().value());
        Resources.validators(request, KIND, contact.id().value(), contact.version(), contact.updatedAt());
        request.send(status, out -> request.format().contact(written, out));
    }
}

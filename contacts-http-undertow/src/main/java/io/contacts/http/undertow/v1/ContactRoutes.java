package io.contacts.http.undertow.v1;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.CreateContactUseCase;
import io.contacts.domain.port.in.DeleteContactCommand;
import io.contacts.domain.port.in.DeleteContactUseCase;
import io.contacts.domain.port.in.GetContactQuery;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.ListClientsQuery;
import io.contacts.domain.port.in.ListContactsQuery;
import io.contacts.domain.port.in.UpdateContactCommand;
import io.contacts.domain.port.in.UpdateContactUseCase;
import io.contacts.http.undertow.export.ClientNames;
import io.contacts.http.undertow.export.ExportFormat;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.ListBudget;
import io.contacts.http.undertow.web.Payload;
import io.contacts.http.undertow.web.Resources;
import io.contacts.http.undertow.web.Router;
import io.contacts.http.undertow.web.UpdatedSince;

import io.undertow.util.Headers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Driving adapter: the seed's six contact routes, each a thin call of one use case. */
public final class ContactRoutes {

    private static final String KIND = "contact";

    private final ListContactsQuery listContacts;
    private final ListClientsQuery listClients;
    private final GetContactQuery getContact;
    private final CreateContactUseCase createContact;
    private final UpdateContactUseCase updateContact;
    private final DeleteContactUseCase deleteContact;
    private final RequestDocuments documents;

    public ContactRoutes(ListContactsQuery listContacts, ListClientsQuery listClients, GetContactQuery getContact,
            CreateContactUseCase createContact, UpdateContactUseCase updateContact, DeleteContactUseCase deleteContact,
            RequestDocuments documents) {
        this.listContacts = listContacts;
        this.listClients = listClients;
        this.getContact = getContact;
        this.createContact = createContact;
        this.updateContact = updateContact;
        this.deleteContact = deleteContact;
        this.documents = documents;
    }

    public void register(Router<Representation> router) {
        router.add("GET", "/contacts", Access.COUNTED, this::list)
                .add("POST", "/contacts", Access.COUNTED, Payload.DOCUMENT, this::create)
                .add("GET", "/contacts/{contact_id}", Access.COUNTED, this::get)
                .add("PUT", "/contacts/{contact_id}", Access.COUNTED, Payload.DOCUMENT, this::update)
                .add("DELETE", "/contacts/{contact_id}", Access.COUNTED, this::delete)
                .add("GET", "/clients/{client_id}/contacts", Access.COUNTED, this::listOfClient)
                .add("GET", "/contacts.vcf", Access.COUNTED,
                        request -> export(request, ContactFilter.all(), vcard(request)))
                .add("GET", "/contacts.csv", Access.COUNTED,
                        request -> export(request, ContactFilter.all(), ExportFormat.CSV))
                .add("GET", "/clients/{client_id}/contacts.vcf", Access.COUNTED,
                        request -> export(request, ofClient(request), vcard(request)))
                .add("GET", "/clients/{client_id}/contacts.csv", Access.COUNTED,
                        request -> export(request, ofClient(request), ExportFormat.CSV));
    }

    private void list(ApiExchange<Representation> request) throws IOException {
        send(request, ContactFilter.all());
    }

    private void listOfClient(ApiExchange<Representation> request) throws IOException {
        send(request, ofClient(request));
    }

    private static ContactFilter ofClient(ApiExchange<Representation> request) {
        return ContactFilter.ofClient(ClientId.of(request.id(0)));
    }

    /** A list in XML or JSON, or an export when Accept names its type. */
    private void send(ApiExchange<Representation> request, ContactFilter filter) throws IOException {
        Optional<ExportFormat> export = Negotiation.exportFormat(request.header(Headers.ACCEPT));
        if (export.isPresent()) {
            export(request, filter, export.get() == ExportFormat.CSV ? ExportFormat.CSV : vcard(request));
            return;
        }
        stream(request, filter, request.format().contentType(), () -> request.format()::contacts);
    }

    private void export(ApiExchange<Representation> request, ContactFilter filter, ExportFormat format)
            throws IOException {
        stream(request, filter, format.contentType(), () -> {
            Map<ClientId, String> clientNames = ClientNames.of(listClients, request.account());
            return (rows, out) -> format.write(rows, clientNames, out);
        });
    }

    /** Streams the filtered contacts; the writer is made once the list has its place, as it may read too. */
    private void stream(ApiExchange<Representation> request, ContactFilter filter, String contentType,
                        Supplier<ListWriter> writer) throws IOException {
        ContactFilter since = filter.updatedSince(UpdatedSince.parse(request.query("updated_since")));
        try (ListBudget.Place place = request.listPlace()) {
            ListWriter write = writer.get();
            try (Stream<Contact> contacts = listContacts.listContacts(request.account(), since)) {
                Iterator<Contact> rows = contacts.iterator();
                request.send(200, contentType, out -> write.write(rows, out));
            }
        }
    }

    /** The vCard version {@code ?version=} asks for: 4.0 unless 3.0 is named; anything else is a 400. */
    private static ExportFormat vcard(ApiExchange<Representation> request) {
        Optional<String> version = request.query("version");
        return version.isEmpty() ? ExportFormat.VCARD_4 : ExportFormat.vcard(version.get())
                .orElseThrow(() -> HttpProblem.badRequest("version must be 4.0 or 3.0"));
    }

    /** Writes a list of contacts as they come. */
    @FunctionalInterface
    private interface ListWriter {
        void write(Iterator<Contact> contacts, OutputStream out) throws IOException;
    }

    private void get(ApiExchange<Representation> request) throws IOException {
        Contact contact = getContact.getContact(request.account(), ContactId.of(request.id(0)));
        if (!notModified(request, contact)) {
            request.send(200, out -> request.format().contact(contact, out));
        }
    }

    private void create(ApiExchange<Representation> request) throws IOException {
        ContactInput input = documents.contact(request);
        Contact created = createContact.createContact(
                new CreateContactCommand(request.account(), input, LastNameRule.REQUIRED));
        answer(request, 201, created);
    }

    private void update(ApiExchange<Representation> request) throws IOException {
        ContactId id = ContactId.of(request.id(0));
        ContactInput changes = documents.contact(request);
        Contact updated = updateContact.updateContact(
                new UpdateContactCommand(request.account(), id, changes, expectedVersion(request, id),
                        LastNameRule.REQUIRED));
        answer(request, 200, updated);
    }

    private void delete(ApiExchange<Representation> request) {
        ContactId id = ContactId.of(request.id(0));
        deleteContact.deleteContact(
                new DeleteContactCommand(request.account(), id, expectedVersion(request, id)));
        request.sendEmpty(200);
    }

    private OptionalLong expectedVersion(ApiExchange<Representation> request, ContactId id) {
        return Resources.expectedVersion(request, KIND, id.value(),
                () -> getContact.getContact(request.account(), id).version());
    }

    private static boolean notModified(ApiExchange<Representation> request, Contact contact) {
        return Resources.answeredNotModified(request, KIND, contact.id().value(), contact.version(),
                contact.updatedAt());
    }

    private static void answer(ApiExchange<Representation> request, int status, Contact contact) throws IOException {
        request.responseHeader("Location", "/contacts/" + contact.id().value());
        Resources.validators(request, KIND, contact.id().value(), contact.version(), contact.updatedAt());
        request.send(status, out -> request.format().contact(contact, out));
    }
}

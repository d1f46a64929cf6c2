package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.model.Client;
import io.contacts.http.undertow.web.WireValues;

import java.util.List;

import static io.contacts.http.undertow.v1.representation.WireType.BOOLEAN;
import static io.contacts.http.undertow.v1.representation.WireType.DATETIME;
import static io.contacts.http.undertow.v1.representation.WireType.OPTIONAL_TEXT;
import static io.contacts.http.undertow.v1.representation.WireType.TEXT;

/**
 * Driving adapter vocabulary: the members of a client as written and read, in both formats. A new field of a
 * client is added here (and to docs/contacts.xsd, which a test holds to this table).
 */
public final class ClientMembers {

    public static final Member<Client> ID =
            Member.of("id", WireType.ID, client -> Long.toString(client.id().value()));
    public static final Member<Client> NAME = Member.of("name", TEXT, Client::name);
    public static final Member<Client> ACTIVE =
            Member.of("active", BOOLEAN, client -> Boolean.toString(client.active()));
    public static final Member<Client> DETAILS =
            Member.of("details", OPTIONAL_TEXT, client -> client.fields().details().orElse(null));
    public static final Member<Client> CREATED_AT =
            Member.of("created-at", DATETIME, client -> WireValues.timestamp(client.createdAt()));
    public static final Member<Client> UPDATED_AT =
            Member.of("updated-at", DATETIME, client -> WireValues.timestamp(client.updatedAt()));

    /** In the order they are written. */
    public static final List<Member<Client>> ALL = List.of(ID, NAME, ACTIVE, DETAILS, CREATED_AT, UPDATED_AT);

    private ClientMembers() {
    }
}

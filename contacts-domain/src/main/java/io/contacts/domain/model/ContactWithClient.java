package io.contacts.domain.model;

import java.util.Objects;

/** Value: a contact together with its client's name, as Harvest v2 (and later a vCard's ORG or a CSV) shows it. */
public record ContactWithClient(Contact contact, String clientName) {

    public ContactWithClient {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(clientName, "clientName");
    }
}

package io.contacts.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a file to import, as its parser read it: the contact's fields (its client id is not read: the import
 * names the client) and the UID the file gave it, if any ({@code ContactUid}).
 */
public record ImportedContact(Optional<String> uid, ContactInput contact) {

    public ImportedContact {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(contact, "contact");
    }
}

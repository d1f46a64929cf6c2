package io.contacts.domain.port.in;

import io.contacts.domain.model.ContactId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did, or would do, with one entry: its position in the file (from 0), the outcome, the contact's id
 * (known for an update, and for a create once written) and, for a refused entry, every validation message.
 */
public record ImportedEntry(int index, Outcome outcome, Optional<ContactId> id, List<String> messages) {

    public ImportedEntry {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(id, "id");
        messages = List.copyOf(messages);
    }

    /** The three fates of an entry. */
    public enum Outcome {
        CREATED, UPDATED, REFUSED
    }
}

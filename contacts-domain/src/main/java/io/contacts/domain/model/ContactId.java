package io.contacts.domain.model;

/** Value: the identity of a contact, a positive number assigned by the store. */
public record ContactId(long value) {

    public ContactId {
        Ids.requirePositive(value, "ContactId");
    }

    public static ContactId of(long value) {
        return new ContactId(value);
    }
}

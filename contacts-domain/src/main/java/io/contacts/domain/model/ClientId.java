package io.contacts.domain.model;

/** Value: the identity of a client, a positive number assigned by the store. */
public record ClientId(long value) {

    public ClientId {
        Ids.requirePositive(value, "ClientId");
    }

    public static ClientId of(long value) {
        return new ClientId(value);
    }
}

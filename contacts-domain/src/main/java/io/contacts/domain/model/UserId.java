package io.contacts.domain.model;

/** Value: the identity of a user, a positive number assigned by the store. */
public record UserId(long value) {

    public UserId {
        Ids.requirePositive(value, "UserId");
    }

    public static UserId of(long value) {
        return new UserId(value);
    }
}

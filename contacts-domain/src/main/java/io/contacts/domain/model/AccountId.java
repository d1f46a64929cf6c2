package io.contacts.domain.model;

/** Value: the identity of an account, a positive number assigned by the store. */
public record AccountId(long value) {

    public AccountId {
        Ids.requirePositive(value, "AccountId");
    }

    public static AccountId of(long value) {
        return new AccountId(value);
    }
}

package io.contacts.domain.model;

/** Outcome: no such resource in the caller's account — whether it exists in another one is not said. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String kind, long id) {
        this(kind + " " + id + " not found");
    }

    private NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException contact(ContactId id) {
        return new NotFoundException("Contact", id.value());
    }

    public static NotFoundException client(ClientId id) {
        return new NotFoundException("Client", id.value());
    }

    public static NotFoundException account(AccountId id) {
        return new NotFoundException("Account", id.value());
    }

    public static NotFoundException user(UserId id) {
        return new NotFoundException("User", id.value());
    }

    public static NotFoundException userWithEmail(String email) {
        return new NotFoundException("No user signs in with " + email);
    }

    public static NotFoundException tokenWithId(String id) {
        return new NotFoundException("No access token has the id " + id);
    }
}

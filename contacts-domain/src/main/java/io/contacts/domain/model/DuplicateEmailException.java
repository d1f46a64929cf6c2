package io.contacts.domain.model;

/** Port signal: a user with that login e-mail address already exists, in this account or another. */
public final class DuplicateEmailException extends DomainException {

    public DuplicateEmailException(EmailAddress email) {
        super("Email already taken: " + email.value());
    }
}

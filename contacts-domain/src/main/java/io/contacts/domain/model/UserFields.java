package io.contacts.domain.model;

import java.util.Objects;

/** Value: what describes a user; the login e-mail is kept lower-cased so that case never tells two logins apart. */
public record UserFields(EmailAddress email, String firstName, String lastName) {

    public UserFields {
        Objects.requireNonNull(email, "email");
        if (!email.equals(email.lowerCased())) {
            throw new IllegalArgumentException("a login e-mail is stored lower-cased: " + email);
        }
        TextRules.require("First name", firstName);
        TextRules.require("Last name", lastName);
    }
}

package io.contacts.domain.service;

import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.port.out.Users;

import java.util.Optional;

/** Checks a new user's login and names, and the strength of its password, reporting every problem at once. */
final class UserValidator {

    static final String EMAIL_TAKEN = "Email has already been taken";
    static final int PASSWORD_MIN = 8;
    /** A bound on the work one sign-in can ask of the slow hash. */
    static final int PASSWORD_MAX = 1024;

    private final Users users;

    UserValidator(Users users) {
        this.users = users;
    }

    UserFields validate(String email, String firstName, String lastName, String password) {
        Problems problems = new Problems();
        Optional<EmailAddress> login = problems.requiredText("Email", Field.of(email), Optional.empty())
                .flatMap(text -> wellFormed(text, problems))
                .map(EmailAddress::lowerCased);
        if (login.flatMap(users::findLogin).isPresent()) {
            problems.add(EMAIL_TAKEN);
        }
        Optional<String> first = problems.requiredText("First name", Field.of(firstName), Optional.empty());
        Optional<String> last = problems.requiredText("Last name", Field.of(lastName), Optional.empty());
        checkPassword(password, problems);
        problems.throwIfAny();
        return new UserFields(login.orElseThrow(), first.orElseThrow(), last.orElseThrow());
    }

    /** A new password alone, as a reset gives it. */
    static void validatePassword(String password) {
        Problems problems = new Problems();
        checkPassword(password, problems);
        problems.throwIfAny();
    }

    private static void checkPassword(String password, Problems problems) {
        if (password.length() < PASSWORD_MIN) {
            problems.add("Password is too short (minimum is " + PASSWORD_MIN + " characters)");
        } else if (password.length() > PASSWORD_MAX) {
            problems.add("Password is too long (maximum is " + PASSWORD_MAX + " characters)");
        }
    }

    private static Optional<EmailAddress> wellFormed(String text, Problems problems) {
        Optional<EmailAddress> email = EmailAddress.parse(text);
        if (email.isEmpty()) {
            problems.add(ContactValidator.EMAIL_INVALID);
        }
        return email;
    }
}

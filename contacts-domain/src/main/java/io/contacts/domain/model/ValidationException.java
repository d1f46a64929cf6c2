package io.contacts.domain.model;

import java.util.List;

/** Outcome: the input breaks the rules; carries every problem found, in field order, not just the first. */
public final class ValidationException extends DomainException {

    private final List<String> messages;

    public ValidationException(List<String> messages) {
        super(String.join("; ", messages));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one message");
        }
        this.messages = List.copyOf(messages);
    }

    public static ValidationException of(String message) {
        return new ValidationException(List.of(message));
    }

    public List<String> messages() {
        return messages;
    }
}

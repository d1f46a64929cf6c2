package io.contacts.domain.service;

import io.contacts.domain.model.Field;
import io.contacts.domain.model.TextRules;
import io.contacts.domain.model.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every problem of one input, in field order, so the caller learns them all at once.
 * Texts are resolved here too: an absent field keeps its current value, a blank one (or one of only
 * white space) clears it, a present one is stripped.
 */
final class Problems {

    private final List<String> messages = new ArrayList<>();

    /** A required text after the change; empty, with the reason noted, when it is blank or invalid. */
    Optional<String> requiredText(String label, Field<String> field, Optional<String> current) {
        Optional<String> value = resolve(field, current);
        if (value.isEmpty()) {
            messages.add(TextRules.blank(label));
            return value;
        }
        return valid(label, value);
    }

    /** An optional text after the change; empty when cleared, or, with the reason noted, when invalid. */
    Optional<String> optionalText(String label, Field<String> field, Optional<String> current) {
        return valid(label, resolve(field, current));
    }

    /** A required text as a change: absent keeps it, blank is a problem, a value is stripped and checked. */
    Field<String> requiredChange(String label, Field<String> field) {
        if (field instanceof Field.Absent) {
            return field;
        }
        return requiredText(label, field, Optional.empty()).map(Field::of).orElseGet(Field::blank);
    }

    /** An optional text as a change: absent keeps the stored one; blank clears it; a value is stripped and checked. */
    Field<String> optionalChange(String label, Field<String> field) {
        if (field instanceof Field.Absent) {
            return field;
        }
        return optionalText(label, field, Optional.empty()).map(Field::of).orElseGet(Field::blank);
    }

    void add(String message) {
        messages.add(message);
    }

    /** A problem of the first field, found after the others were checked. */
    void addFirst(String message) {
        messages.add(0, message);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ValidationException(messages);
        }
    }

    private Optional<String> valid(String label, Optional<String> value) {
        Optional<String> problem = value.flatMap(text -> TextRules.problem(label, text));
        problem.ifPresent(messages::add);
        return problem.isPresent() ? Optional.empty() : value;
    }

    /** The value of a field once applied to the current one: absent keeps, blank clears, present replaces. */
    static <T> Optional<T> applied(Field<T> field, Optional<T> current) {
        if (field instanceof Field.Present<T> present) {
            return Optional.of(present.value());
        }
        return field instanceof Field.Blank ? Optional.empty() : current;
    }

    private static Optional<String> resolve(Field<String> field, Optional<String> current) {
        return applied(field, current).map(String::strip).filter(text -> !text.isEmpty());
    }
}

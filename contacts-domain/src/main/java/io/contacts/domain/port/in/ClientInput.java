package io.contacts.domain.port.in;

import io.contacts.domain.model.Field;

import java.util.Objects;

/**
 * What a caller sent for a client, field by field, before any validation. On create an absent
 * {@code active} means active; on update an absent field keeps the stored value.
 */
public record ClientInput(Field<String> name, Field<String> details, Field<Boolean> active) {

    public ClientInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(active, "active");
    }

    public static ClientInput none() {
        return new ClientInput(Field.absent(), Field.absent(), Field.absent());
    }
}

package io.contacts.domain.model;

import java.util.Objects;

/**
 * Value: one field of what a caller sent — not sent at all, sent empty (or {@code nil}), or a value.
 * A partial update needs all three: absent keeps the stored value, blank clears it.
 *
 * @param <T> the type of the value
 */
public sealed interface Field<T> permits Field.Absent, Field.Blank, Field.Present {

    /** The caller did not send the field. */
    record Absent<T>() implements Field<T> {
    }

    /** The caller sent the field empty, or marked it {@code nil}. */
    record Blank<T>() implements Field<T> {
    }

    /** The caller sent a value; texts are stripped by the domain, not by the caller. */
    record Present<T>(T value) implements Field<T> {
        public Present {
            Objects.requireNonNull(value, "value");
        }
    }

    static <T> Field<T> absent() {
        return new Absent<>();
    }

    static <T> Field<T> blank() {
        return new Blank<>();
    }

    static <T> Field<T> of(T value) {
        return new Present<>(value);
    }

    /** A value that may be missing: {@code null} means the caller did not send it. */
    static <T> Field<T> ofNullable(T value) {
        return value == null ? absent() : of(value);
    }
}

package io.contacts.http.undertow.v1.representation;

import java.util.function.Function;

/**
 * Driving adapter vocabulary: one member of a written entity — its name (XML's, words joined by {@code -}; JSON
 * joins them by {@code _}), its kind, and how its text is taken from the entity. The tables of members
 * ({@link ContactMembers}, {@link ClientMembers}, {@link AccountMembers}) are what both writers and the readers
 * go by, so that a member is named, typed and ordered once.
 *
 * @param text the member's text as both formats write it (a number's digits, {@code true}/{@code false}, a
 *             timestamp); {@code null} only for an optional kind's absent value
 */
public record Member<T>(String xmlName, String jsonName, WireType type, Function<T, String> text) {

    static <T> Member<T> of(String xmlName, WireType type, Function<T, String> text) {
        return new Member<>(xmlName, xmlName.replace('-', '_'), type, text);
    }

    /** @param separator {@code '-'} for the XML name, {@code '_'} for the JSON one */
    public String name(char separator) {
        return separator == '-' ? xmlName : jsonName;
    }

    public String textOf(T entity) {
        return text.apply(entity);
    }
}

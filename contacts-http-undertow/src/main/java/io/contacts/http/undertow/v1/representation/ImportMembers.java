package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.port.in.ImportedEntry;

import java.util.List;
import java.util.Locale;

import static io.contacts.http.undertow.v1.representation.WireType.OPTIONAL_ID;
import static io.contacts.http.undertow.v1.representation.WireType.OPTIONAL_TEXT;
import static io.contacts.http.undertow.v1.representation.WireType.TEXT;

/**
 * Driving adapter vocabulary: the members of one entry of an import's report — its place in the file (from 0), its
 * outcome ({@code created}, {@code updated}, {@code refused}), the contact's id when known, and a refused entry's
 * validation messages joined by {@code "; "}.
 */
public final class ImportMembers {

    public static final List<Member<ImportedEntry>> ALL = List.of(
            Member.of("index", WireType.INTEGER, entry -> Integer.toString(entry.index())),
            Member.of("outcome", TEXT, entry -> entry.outcome().name().toLowerCase(Locale.ROOT)),
            Member.of("contact-id", OPTIONAL_ID, entry -> entry.id().map(id -> Long.toString(id.value()))
                    .orElse(null)),
            Member.of("messages", OPTIONAL_TEXT, entry -> entry.messages().isEmpty() ? null
                    : String.join("; ", entry.messages())));

    private ImportMembers() {
    }
}

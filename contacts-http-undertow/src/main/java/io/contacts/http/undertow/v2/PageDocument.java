package io.contacts.http.undertow.v2;

import com.fasterxml.jackson.core.JsonGenerator;
import io.contacts.domain.model.Page;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Driving adapter value: one page of a v2 list as the client reads it — the entries, where they stand in the whole
 * ({@code page}, {@code total_pages}, {@code total_entries}, {@code next_page}, {@code previous_page}; a number is
 * null where v2 leaves it null) and the {@code links} to the first, next, previous and last pages.
 */
record PageDocument<T>(Page<T> page, int perPage, long totalPages, OptionalLong number, OptionalLong nextPage,
                       OptionalLong previousPage, String first, String next, String previous, String last) {

    /** {@code {"contacts":[…],"per_page":…,…,"links":{…}}}, keys in the order v2's documents show them. */
    void write(JsonGenerator json, String name, V2Json.EntityWriter<T> entity) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart(name);
        for (T entry : page.entries()) {
            entity.write(json, entry);
        }
        json.writeEndArray();
        json.writeNumberField("per_page", perPage);
        json.writeNumberField("total_pages", totalPages);
        json.writeNumberField("total_entries", page.totalEntries());
        number(json, "next_page", nextPage);
        number(json, "previous_page", previousPage);
        number(json, "page", number);
        json.writeObjectFieldStart("links");
        json.writeStringField("first", first);
        json.writeStringField("next", next);
        json.writeStringField("previous", previous);
        json.writeStringField("last", last);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.getAsLong());
        } else {
            json.writeNullField(name);
        }
    }
}

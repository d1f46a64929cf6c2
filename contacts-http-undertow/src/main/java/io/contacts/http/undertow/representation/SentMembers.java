package io.contacts.http.undertow.representation;

import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;

import java.util.Map;
import java.util.function.Function;

/**
 * Driving adapter mapping shared by both formats: the scalar members a body sent, by name ({@code null} for
 * nil/null, not in the map when not sent), into the domain's inputs. Names are the XML ones; JSON writes
 * {@code _} where XML writes {@code -}.
 */
public final class SentMembers {

    private SentMembers() {
    }

    /** @param separator {@code '-'} for XML names, {@code '_'} for JSON names */
    public static ContactInput contact(Map<String, String> sent, char separator) {
        String clientId = "client" + separator + "id";
        return new ContactInput(
                field(sent, clientId, raw -> WireValues.integer(raw, clientId)),
                field(sent, "first" + separator + "name", WireValues::text),
                field(sent, "last" + separator + "name", WireValues::text),
                field(sent, "email", WireValues::text),
                field(sent, "title", WireValues::text),
                field(sent, "phone" + separator + "office", WireValues::text),
                field(sent, "phone" + separator + "mobile", WireValues::text),
                field(sent, "fax", WireValues::text));
    }

    public static ClientInput client(Map<String, String> sent) {
        return new ClientInput(
                field(sent, "name", WireValues::text),
                field(sent, "details", WireValues::text),
                field(sent, "active", raw -> WireValues.bool(raw, "active")));
    }

    /** A member not sent stays absent (an update keeps the value); a sent one goes through its reader. */
    private static <T> Field<T> field(Map<String, String> sent, String name, Function<String, Field<T>> reader) {
        return sent.containsKey(name) ? reader.apply(sent.get(name)) : Field.absent();
    }
}

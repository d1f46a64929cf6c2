package io.contacts.http.undertow.v1.representation;

import io.contacts.http.undertow.web.WireValues;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;

import java.util.Map;
import java.util.function.Function;

/**
 * Driving adapter mapping shared by both formats: the scalar members a body sent, by name ({@code null} for
 * nil/null, not in the map when not sent), into the domain's inputs. The names are the tables' ({@link
 * ContactMembers}, {@link ClientMembers}), in the format's spelling.
 */
public final class SentMembers {

    private SentMembers() {
    }

    /** @param separator {@code '-'} for XML names, {@code '_'} for JSON names */
    public static ContactInput contact(Map<String, String> sent, char separator) {
        String clientId = ContactMembers.CLIENT_ID.name(separator);
        return new ContactInput(
                field(sent, clientId, raw -> WireValues.integer(raw, clientId)),
                field(sent, ContactMembers.FIRST_NAME.name(separator), WireValues::text),
                field(sent, ContactMembers.LAST_NAME.name(separator), WireValues::text),
                field(sent, ContactMembers.EMAIL.name(separator), WireValues::text),
                field(sent, ContactMembers.TITLE.name(separator), WireValues::text),
                field(sent, ContactMembers.PHONE_OFFICE.name(separator), WireValues::text),
                field(sent, ContactMembers.PHONE_MOBILE.name(separator), WireValues::text),
                field(sent, ContactMembers.FAX.name(separator), WireValues::text));
    }

    public static ClientInput client(Map<String, String> sent) {
        String active = ClientMembers.ACTIVE.xmlName();
        return new ClientInput(
                field(sent, ClientMembers.NAME.xmlName(), WireValues::text),
                field(sent, ClientMembers.DETAILS.xmlName(), WireValues::text),
                field(sent, active, raw -> WireValues.bool(raw, active)));
    }

    /** A member not sent stays absent (an update keeps the value); a sent one goes through its reader. */
    private static <T> Field<T> field(Map<String, String> sent, String name, Function<String, Field<T>> reader) {
        return sent.containsKey(name) ? reader.apply(sent.get(name)) : Field.absent();
    }
}

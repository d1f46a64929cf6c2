package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.http.undertow.web.WireValues;

import java.util.Map;

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
                WireValues.member(sent, clientId, raw -> WireValues.integer(raw, clientId)),
                WireValues.member(sent, ContactMembers.FIRST_NAME.name(separator), WireValues::text),
                WireValues.member(sent, ContactMembers.LAST_NAME.name(separator), WireValues::text),
                WireValues.member(sent, ContactMembers.EMAIL.name(separator), WireValues::text),
                WireValues.member(sent, ContactMembers.TITLE.name(separator), WireValues::text),
                WireValues.member(sent, ContactMembers.PHONE_OFFICE.name(separator), WireValues::text),
                WireValues.member(sent, ContactMembers.PHONE_MOBILE.name(separator), WireValues::text),
                WireValues.member(sent, ContactMembers.FAX.name(separator), WireValues::text));
    }

    public static ClientInput client(Map<String, String> sent) {
        String active = ClientMembers.ACTIVE.xmlName();
        return new ClientInput(
                WireValues.member(sent, ClientMembers.NAME.xmlName(), WireValues::text),
                WireValues.member(sent, ClientMembers.DETAILS.xmlName(), WireValues::text),
                WireValues.member(sent, active, raw -> WireValues.bool(raw, active)));
    }
}

package io.contacts.bench;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactUid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark baseline: contacts as vCards the way the export wrote them before it wrote through vinnie — a
 * {@code VCard} of property objects built per contact and written by ez-vcard's {@code VCardWriter}.
 */
final class EzVcardContacts {

    private EzVcardContacts() {
    }

    static void write(Iterator<Contact> contacts, Map<ClientId, String> clientNames, boolean version4,
                      Writer out) throws IOException {
        VCardWriter writer = new VCardWriter(new BufferedWriter(out), version4 ? VCardVersion.V4_0 : VCardVersion.V3_0);
        // A PRODID naming the library's version would change every export on an upgrade, for nothing.
        writer.setAddProdId(false);
        // RFC 6350 and RFC 2426 give N five components, empty ones included.
        writer.setIncludeTrailingSemicolons(true);
        while (contacts.hasNext()) {
            writer.write(card(contacts.next(), clientNames));
        }
        writer.flush();
    }

    private static VCard card(Contact contact, Map<ClientId, String> clientNames) {
        ContactFields fields = contact.fields();
        VCard card = new VCard();
        card.setUid(new Uid(ContactUid.of(contact.accountId(), contact.id())));
        card.setFormattedName(fields.lastName().map(last -> fields.firstName() + " " + last)
                .orElse(fields.firstName()));
        StructuredName name = new StructuredName();
        name.setGiven(fields.firstName());
        name.setFamily(fields.lastName().orElse(null));
        card.setStructuredName(name);
        fields.email().ifPresent(email -> card.addEmail(email.value()));
        telephone(card, fields.phoneOffice(), TelephoneType.WORK);
        telephone(card, fields.phoneMobile(), TelephoneType.CELL);
        telephone(card, fields.fax(), TelephoneType.FAX);
        fields.title().ifPresent(card::addTitle);
        Optional.ofNullable(clientNames.get(contact.clientId()))
                .ifPresent(client -> card.setOrganization(client));
        card.setRevision(new Revision(contact.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
        return card;
    }

    private static void telephone(VCard card, Optional<String> number, TelephoneType type) {
        number.ifPresent(text -> card.addTelephoneNumber(text, type));
    }
}
